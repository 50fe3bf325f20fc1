package io.recordgen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusCommandTest {
  private static final String VALID =
      """
      openapi: 3.0.3
      info: {title: Pets, version: '1'}
      paths:
        /pets:
          get:
            operationId: listPets
            responses:
              '200':
                description: Pets.
                content:
                  application/json:
                    schema:
                      type: array
                      items: {$ref: '#/components/schemas/Pet'}
      components:
        schemas:
          Pet:
            type: object
            required: [name]
            properties:
              name: {type: string}
      """;

  private static final String BROKEN =
      """
      openapi: 3.0.3
      info: {title: Broken, version: '1'}
      paths:
        /pets:
          get:
            operationId: listPets
            responses:
              '200':
                description: Pets.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Missing'}
      """;

  @TempDir Path folder;

  private record Run(int exit, String output) {}

  private Run run(String... args) {
    StringWriter text = new StringWriter();
    int exit = new CommandLine(new CorpusCommand(new PrintWriter(text, true))).execute(args);
    return new Run(exit, text.toString());
  }

  @Test
  void generatesAndCompilesEverySpecAndPrintsTheTable() throws Exception {
    Files.writeString(folder.resolve("pets.yaml"), VALID);
    Files.writeString(folder.resolve("notes.txt"), "not a spec");

    Run run = run(folder.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.output())
        .contains(
            "spec",
            "operations",
            "schemas",
            "files",
            "lines",
            "generate ms",
            "compile ms",
            "result");
    assertThat(run.output().lines().filter(l -> l.startsWith("pets.yaml")).findFirst())
        .hasValueSatisfying(line -> assertThat(line).contains(" 1 ").endsWith("ok"));
    assertThat(run.output()).contains("total: 1 specs").doesNotContain("notes.txt");
  }

  @Test
  void aBrokenSpecIsReportedWithItsLocatedDiagnosticAndFailsTheRun() throws Exception {
    Files.writeString(folder.resolve("broken.yaml"), BROKEN);

    Run run = run(folder.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.output())
        .contains("broken.yaml: diagnosed  <-- FAILURE")
        .contains(
            "[RG010] #/paths/~1pets/get/responses/200/content/application~1json/schema" + "/$ref");
  }

  @Test
  void aSpecExpectedToBeInvalidPassesOnlyWhenDiagnosed() throws Exception {
    Files.writeString(folder.resolve("broken.yaml"), BROKEN);
    Files.writeString(folder.resolve("pets.yaml"), VALID);

    assertThat(run("--expect-diagnosed", "broken.yaml", folder.toString()).exit()).isZero();
    assertThat(run("--expect-diagnosed", "pets.yaml", folder.toString()).exit()).isEqualTo(1);
  }

  @Test
  void aSwagger2DefectPassesByDefaultAndIsDiagnosedWhenStrict() throws Exception {
    Files.writeString(
        folder.resolve("tags.yaml"),
        """
        swagger: '2.0'
        info: {title: Tags, version: '1'}
        paths:
          /things:
            get:
              operationId: listThings
              produces: [application/json]
              responses:
                '200':
                  description: ok
                  schema: {type: object, properties: {tags: {type: array}}}
        """);

    Run lenient = run(folder.toString());
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.output().lines().filter(l -> l.startsWith("tags.yaml")).findFirst())
        .hasValueSatisfying(line -> assertThat(line).endsWith("ok"));

    Run strict = run("--strict", folder.toString());
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.output())
        .contains("tags.yaml: diagnosed  <-- FAILURE")
        .contains("[RG005] #/paths/~1things/get/responses/200/schema/properties/tags: ");
  }

  @Test
  void anOverlayAppliesToEverySpec() throws Exception {
    Files.writeString(folder.resolve("broken.yaml"), BROKEN);
    Path overlay = Files.createTempFile("fix", ".yaml");
    Files.writeString(
        overlay,
        """
        overlay: 1.0.0
        info: {title: Adds the missing schema, version: '1'}
        actions:
          - target: $
            update:
              components:
                schemas:
                  Missing: {type: object, properties: {name: {type: string}}}
        """);

    assertThat(run(folder.toString()).exit()).isEqualTo(1);
    Run fixed = run("--overlay", overlay.toString(), folder.toString());
    assertThat(fixed.exit()).as(fixed.output()).isZero();
    assertThat(fixed.output().lines().filter(l -> l.startsWith("broken.yaml")).findFirst())
        .hasValueSatisfying(line -> assertThat(line).endsWith("ok"));
  }

  @Test
  void generatedCodeThatDoesNotCompileIsAFailure() {
    InMemoryJavac javac = InMemoryJavac.forGeneratedCode();
    InMemoryJavac.Outcome outcome =
        javac.compile(
            List.of(
                new io.recordgen.generator.emit.SourceFile(
                    "p", "A", "package p; class A { java.util.List raw; }")),
            5);

    // A raw type is a warning under -Xlint:all, and -Werror makes it fail.
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.messages()).anySatisfy(m -> assertThat(m).contains("A.java"));
  }
}
