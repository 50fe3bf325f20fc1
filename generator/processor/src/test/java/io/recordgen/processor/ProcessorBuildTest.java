package io.recordgen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.build.BuildRecord;
import io.recordgen.generator.build.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a successful compilation leaves for the next build: the build record that {@code
 * recordgen:processor-inputs} compares, and how many notes a build prints.
 */
class ProcessorBuildTest {
  @TempDir Path output;

  @Test
  void aBuildRecordDescribesTheSpecTheOptionsTheElementAndTheTypes() throws IOException {
    DiskCompilation.Result result =
        DiskCompilation.compile(output, "openapi/backup-api.yaml", "com.example.backup");

    assertThat(result.failed()).as("%s", result.diagnostics()).isFalse();
    BuildRecord record =
        BuildRecord.read(
            result.generated().resolve("META-INF/recordgen/com.example.Client.record"));
    assertThat(record).isNotNull();
    assertThat(record.spec()).isEqualTo("openapi/backup-api.yaml");
    assertThat(record.specSha256()).isEqualTo(Digests.sha256(resource("openapi/backup-api.yaml")));
    assertThat(record.specRoot()).isEqualTo("src/test/resources/specs");
    assertThat(record.options()).isEqualTo("recordgen.specRoot=src/test/resources/specs;");
    assertThat(record.elementClass()).isEqualTo("com/example/Client.class");
    assertThat(record.types())
        .contains("com.example.backup.api.BackupsApi", "com.example.backup.model.Backup")
        .doesNotHaveDuplicates();
    assertThat(result.classes().resolve("com/example/Client.class")).isRegularFile();
    for (String type : record.types()) {
      assertThat(result.generated().resolve(type.replace('.', '/') + ".java")).isRegularFile();
    }
  }

  @Test
  void theRecordNamesTheOverlaysAndTheConfigurationWithTheirDigests() throws IOException {
    DiskCompilation.Result result =
        DiskCompilation.compileAnnotated(
            output,
            "spec = \"openapi/backup-api.yaml\", packageName = \"com.example.backup\","
                + " overlays = \"openapi/recordgen-overlay.yaml\","
                + " config = \"openapi/recordgen.yaml\"");

    assertThat(result.failed()).as("%s", result.diagnostics()).isFalse();
    BuildRecord record =
        BuildRecord.read(
            result.generated().resolve("META-INF/recordgen/com.example.Client.record"));
    assertThat(record).isNotNull();
    assertThat(record.companions())
        .containsExactly(
            new BuildRecord.FileInput(
                "openapi/recordgen-overlay.yaml",
                Digests.sha256(resource("openapi/recordgen-overlay.yaml"))),
            new BuildRecord.FileInput(
                "openapi/recordgen.yaml", Digests.sha256(resource("openapi/recordgen.yaml"))));
  }

  @Test
  void notesBeyondTheFirstFewAreCounted() throws IOException {
    DiskCompilation.Result result =
        DiskCompilation.compile(output, "renames.yaml", "com.example.renames");

    List<String> notes = result.messages(Diagnostic.Kind.NOTE);
    assertThat(notes).hasSize(6);
    assertThat(notes.subList(0, 5)).allMatch(note -> note.startsWith("[RG040] "));
    assertThat(notes.get(5))
        .isEqualTo("[RG090] #: 3 more notes not shown; the verbose option prints every one");
  }

  @Test
  void theVerboseOptionPrintsEveryNote() throws IOException {
    DiskCompilation.Result result =
        DiskCompilation.compile(
            output, "renames.yaml", "com.example.renames", "-Arecordgen.verbose=true");

    assertThat(result.messages(Diagnostic.Kind.NOTE))
        .hasSize(8)
        .allMatch(note -> note.startsWith("[RG040] "));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ProcessorBuildTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return in.readAllBytes();
    }
  }
}
