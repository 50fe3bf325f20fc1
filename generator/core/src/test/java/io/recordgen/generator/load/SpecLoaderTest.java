package io.recordgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken documents end in located diagnostics, never in an exception. */
class SpecLoaderTest {
  private static final String HEADER = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

  private static List<Diagnostic> errors(String text) {
    return errors(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Diagnostic> errors(byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    ApiSpec spec =
        SpecLoader.load(
            new SpecSource("spec.yaml", bytes, null), LoadOptions.defaults(), diagnostics);
    List<Diagnostic> errors = diagnostics.all().stream().filter(Diagnostic::isError).toList();
    assertThat(spec == null)
        .as("a model exactly when there is no error")
        .isEqualTo(!errors.isEmpty());
    return errors;
  }

  @Test
  void emptyDocument() {
    assertThat(errors("  \n"))
        .extracting(Diagnostic::format)
        .containsExactly("[RG003] #: spec.yaml is empty");
  }

  @Test
  void binaryDocument() {
    assertThat(errors(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}))
        .extracting(d -> d.code().id())
        .containsExactly("RG002");
  }

  @Test
  void swaggerOneIsRefusedAndSwaggerTwoIsRead() {
    assertThat(errors("swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n"))
        .extracting(Diagnostic::pointer, d -> d.code().id())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/swagger", "RG004"));
    assertThat(errors("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n")).isEmpty();
  }

  @Test
  void unknownVersion() {
    assertThat(errors("openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n"))
        .extracting(Diagnostic::format)
        .containsExactly(
            "[RG004] #/openapi: OpenAPI version \"4.0.0\" is not supported; "
                + "Recordgen reads 3.0.x and 3.1.x");
  }

  @Test
  void yamlSyntaxErrorsNameTheLine() {
    assertThat(errors(HEADER + "paths:\n  /a: [\n"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code().id()).isEqualTo("RG003");
              assertThat(d.message()).contains("line 5");
            });
  }

  @Test
  void duplicateKeys() {
    assertThat(
            errors(
                HEADER
                    + "paths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n"
                    + "    A: {type: integer}\n"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code().id()).isEqualTo("RG003");
              assertThat(d.pointer()).isEqualTo("/components/schemas/A");
            });
  }

  @Test
  void danglingReference() {
    assertThat(
            errors(
                HEADER
                    + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n"
                    + "      properties:\n        b: {$ref: '#/components/schemas/B'}\n"))
        .extracting(Diagnostic::format)
        .containsExactly(
            "[RG010] #/components/schemas/A/properties/b/$ref: $ref "
                + "\"#/components/schemas/B\" points to nothing");
  }

  @Test
  void externalReferencesAreRefusedBeforeAnyIo() {
    assertThat(
            errors(
                HEADER
                    + "paths: {}\ncomponents:\n  schemas:\n"
                    + "    A: {$ref: 'http://127.0.0.1:1/evil.yaml#/A'}\n"
                    + "    B: {$ref: '../../etc/passwd'}\n"))
        .extracting(Diagnostic::pointer, d -> d.code().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/components/schemas/A/$ref", "RG011"),
            org.assertj.core.groups.Tuple.tuple("/components/schemas/B/$ref", "RG011"));
  }

  @Test
  void referenceCycles() {
    assertThat(
            errors(
                HEADER
                    + "paths: {}\ncomponents:\n  schemas:\n"
                    + "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n"))
        .extracting(d -> d.code().id())
        .containsOnly("RG013");
  }

  @Test
  void malformedPointer() {
    assertThat(
            errors(
                HEADER
                    + "paths: {}\ncomponents:\n  schemas:\n"
                    + "    A: {$ref: '#components/schemas/B'}\n"))
        .extracting(d -> d.code().id())
        .containsExactly("RG012");
  }

  @Test
  void refKeysInsideExamplesAreData() {
    assertThat(
            errors(
                HEADER
                    + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n"
                    + "      example: {$ref: 'http://not-a-reference'}\n"))
        .isEmpty();
  }

  @Test
  void aliasBombsStopFast() {
    StringBuilder yaml = new StringBuilder(HEADER + "paths: {}\nx-bomb:\n  a0: &a0 [x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      yaml.append("  a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(("*a" + (i - 1) + ", ").repeat(3))
          .append("*a")
          .append(i - 1)
          .append("]\n");
    }
    long start = System.nanoTime();

    List<Diagnostic> errors = errors(yaml.toString());

    assertThat(errors).extracting(d -> d.code().id()).containsExactly("RG003");
    assertThat(errors.get(0).message()).contains("alias bomb");
    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
  }

  @Test
  void deepNestingStops() {
    String deep = "[".repeat(5000) + "]".repeat(5000);

    assertThat(errors("{\"openapi\": \"3.0.3\", \"x\": " + deep + "}"))
        .extracting(d -> d.code().id())
        .containsExactly("RG003");
  }

  @Test
  void missingRequiredAttributesAreErrorsWithTheirPointer() {
    assertThat(errors("openapi: 3.0.3\npaths: {}\n"))
        .extracting(Diagnostic::format)
        .containsExactly("[RG005] #/info: attribute info is missing");
  }
}
