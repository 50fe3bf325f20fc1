package io.recordgen.generator.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.InMemory;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.load.SpecSource;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per row of the defect policy in {@code docs/real-world-specs.md}: by default the
 * defect is an {@code RG009} warning at its pointer that names the fallback, and the client is
 * generated and compiles; with {@code strict} it is an error under the defect's own code, at the
 * same pointer, and nothing is generated.
 */
class DefectPolicyTest {
  private static final String PATHS =
      """
      paths:
        /things:
          get:
            operationId: listThings
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
      """;

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "an array without items",
            "info: {title: T, version: '1'}",
            "tags: {type: array}",
            Code.SPEC_INVALID,
            "#/components/schemas/Thing/properties/tags",
            "items may be any JSON value"),
        Arguments.of(
            "a default that does not fit its format",
            "info: {title: T, version: '1'}",
            "since: {type: string, format: date-time, default: Assigned}",
            Code.SPEC_INVALID,
            "#/components/schemas/Thing/properties/since/default",
            "the default is dropped"),
        Arguments.of(
            "a missing info.version",
            "info: {title: T}",
            "name: {type: string}",
            Code.SPEC_INVALID,
            "#/info/version",
            "empty version"),
        Arguments.of(
            "a pattern that is no regular expression",
            "info: {title: T, version: '1'}",
            "code: {type: string, pattern: '[a-z'}",
            Code.PATTERN_INVALID,
            "#/components/schemas/Thing/properties/code/pattern",
            "not checked"));
  }

  private static GenerationResult generate(String info, String property, boolean strict) {
    String yaml =
        "openapi: 3.0.3\n"
            + info
            + "\n"
            + PATHS
            + "components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n"
            + "        "
            + property
            + "\n";
    return Recordgen.generate(
        new SpecSource("defect.yaml", yaml.getBytes(StandardCharsets.UTF_8), null),
        GeneratorOptions.of("golden.defect").withStrict(strict));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void byDefaultAWarningWithTheFallbackAndAClientThatCompiles(
      String row, String info, String property, Code strictCode, String pointer, String fallback) {
    GenerationResult result = generate(info, property, false);

    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == Code.SPEC_DEFECT)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.format()).startsWith("[RG009] " + pointer + ":");
              assertThat(d.message()).contains(fallback);
            });
    assertThat(result.files()).isNotEmpty();
    assertThat(InMemory.compile(result.files()).status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void strictMakesItAnErrorUnderItsOwnCodeAndGeneratesNothing(
      String row, String info, String property, Code strictCode, String pointer, String fallback) {
    GenerationResult result = generate(info, property, true);

    assertThat(result.files()).isEmpty();
    assertThat(result.diagnostics()).noneMatch(d -> d.code() == Code.SPEC_DEFECT);
    assertThat(result.diagnostics())
        .filteredOn(Diagnostic::isError)
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(strictCode);
              assertThat(d.format()).startsWith("[" + strictCode.id() + "] " + pointer + ":");
            });
  }
}
