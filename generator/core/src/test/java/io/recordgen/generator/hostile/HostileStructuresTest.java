package io.recordgen.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.load.SpecSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile structures too large to keep as files: long reference chains, deep nesting and huge
 * text. Each ends in safe code or located errors within a bounded time, never in a
 * StackOverflowError or an exhausted heap.
 */
class HostileStructuresTest {
  private static final String HEADER =
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n" + "paths: {}\ncomponents:\n  schemas:\n";

  private static GenerationResult generate(String spec) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            Recordgen.generate(
                new SpecSource("spec.yaml", spec.getBytes(StandardCharsets.UTF_8), null),
                GeneratorOptions.of("hostile.structures")));
  }

  private static void assertNoInternalError(GenerationResult result) {
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.INTERNAL);
  }

  @Test
  void aLongChainOfReferencesEndsInTheDefinition() throws Exception {
    StringBuilder spec = new StringBuilder(HEADER);
    int length = 5_000;
    for (int i = 0; i < length; i++) {
      spec.append("    A")
          .append(i)
          .append(": {$ref: '#/components/schemas/A")
          .append(i + 1)
          .append("'}\n");
    }
    spec.append("    A")
        .append(length)
        .append(":\n      type: object\n      properties:\n")
        .append("        x: {type: string}\n")
        .append("    Holder:\n      type: object\n      properties:\n")
        .append("        first: {$ref: '#/components/schemas/A0'}\n");

    GenerationResult result = generate(spec.toString());

    assertNoInternalError(result);
    assertThat(result.errors()).isEmpty();
    HostileSpecTest.assertSafe(result.files());
  }

  @Test
  void aChainThroughArraysIsCutWithAWarningInsteadOfOverflowingTheStack() throws Exception {
    StringBuilder spec = new StringBuilder(HEADER);
    for (int i = 0; i < 3_000; i++) {
      spec.append("    L")
          .append(i)
          .append(": {type: array, items: {$ref: '#/components/schemas/L")
          .append(i + 1)
          .append("'}}\n");
    }
    spec.append("    L3000: {type: string}\n")
        .append("    Holder:\n      type: object\n      properties:\n")
        .append("        lists: {$ref: '#/components/schemas/L0'}\n");

    GenerationResult result = generate(spec.toString());

    assertNoInternalError(result);
    assertThat(result.errors()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(Code.SCHEMA_WEAKENED);
    HostileSpecTest.assertSafe(result.files());
  }

  @Test
  void deeplyNestedInlineObjectsGenerateOrStopWithADiagnostic() throws Exception {
    StringBuilder spec = new StringBuilder(HEADER).append("    Deep:\n");
    String indent = "      ";
    int depth = 60; // two YAML levels per object: within the nesting limit of 256
    for (int i = 0; i < depth; i++) {
      spec.append(indent)
          .append("type: object\n")
          .append(indent)
          .append("properties:\n")
          .append(indent)
          .append("  n")
          .append(i)
          .append(":\n");
      indent += "    ";
    }
    spec.append(indent).append("type: string\n");

    GenerationResult result = generate(spec.toString());

    assertNoInternalError(result);
    assertThat(result.errors()).isEmpty();
    assertThat(result.files()).hasSizeGreaterThan(depth);
    HostileSpecTest.assertSafe(result.files());
  }

  @Test
  void nestingBeyondTheLimitStopsAtReading() {
    String deep = "{\"type\": \"array\", \"items\": ".repeat(3_000) + "{}" + "}".repeat(3_000);
    GenerationResult result =
        generate(
            "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\","
                + " \"version\": \"1\"}, \"paths\": {}, \"components\": {\"schemas\": {\"A\": "
                + deep
                + "}}}");

    assertNoInternalError(result);
    assertThat(result.errors()).extracting(d -> d.code().id()).containsExactly("RG003");
    assertThat(result.files()).isEmpty();
  }

  @Test
  void aHugeDescriptionStaysText() throws Exception {
    String payload = "*/ static { System.setProperty(\"recordgen.pwned\", \"huge\"); } /* ";
    String description = payload.repeat(4 * 1024 * 1024 / payload.length());
    String spec =
        HEADER
            + "    Big:\n      type: object\n      description: '"
            + description.replace("'", "''")
            + "'\n      properties:\n        a: {type: string}\n";

    GenerationResult result = generate(spec);

    assertNoInternalError(result);
    assertThat(result.errors()).isEmpty();
    assertThat(result.files())
        .allSatisfy(file -> assertThat(file.content().length()).isLessThan(200_000));
    HostileSpecTest.assertSafe(result.files());
  }

  @Test
  void manyAliasesToSmallNodesAreStillBounded() {
    StringBuilder yaml =
        new StringBuilder(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
                + "paths: {}\nx-data:\n  base: &b {k: v}\n  list:\n");
    for (int i = 0; i < 5_000; i++) {
      yaml.append("    - *b\n");
    }

    GenerationResult result = generate(yaml.toString());

    assertNoInternalError(result);
    assertThat(result.errors()).extracting(d -> d.code().id()).containsExactly("RG003");
  }
}
