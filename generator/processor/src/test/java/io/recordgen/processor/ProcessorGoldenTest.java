package io.recordgen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.recordgen.generator.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor on the backup spec from the {@code spec} module's jar, compared file by file with
 * {@code src/test/resources/golden/backup-api/expected}. The compilation uses {@code -Xlint:all
 * -Werror} (less the {@code processing} lint, which only says that nobody processes the Jackson
 * annotations of the generated code), so the generated code must build without a warning; {@link
 * #expectedFilesCompileWithAllLints()} compiles the golden files with every lint on. Regenerate
 * with {@code -Drecordgen.regenerate=true}.
 */
class ProcessorGoldenTest {
  private static final Path CASE = Path.of("src", "test", "resources", "golden", "backup-api");
  static final List<String> STRICT =
      List.of("--release", "17", "-Xlint:all,-processing", "-Werror");

  @Test
  void expectedFilesCompileWithAllLints() {
    Golden.compileExpected(CASE);
  }

  @Test
  void generatesTheBackupClientAsInTheGoldenFiles() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new RecordgenProcessor())
            .withOptions(STRICT)
            .compile(annotated());

    assertThat(compilation.status())
        .as("%s", compilation.diagnostics())
        .isEqualTo(Compilation.Status.SUCCESS);
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.toUri().getPath();
      String relative = name.substring(name.indexOf("io/recordgen/samples/"));
      generated.put(relative, file.getCharContent(true).toString());
    }
    Golden.checkFiles(CASE, generated);
  }

  static JavaFileObject annotated() {
    return JavaFileObjects.forSourceLines(
        "io.recordgen.samples.backup.BackupClient",
        "package io.recordgen.samples.backup;",
        "",
        "import io.recordgen.runtime.GenerateClient;",
        "",
        "@GenerateClient(spec = \"openapi/backup-api.yaml\", "
            + "packageName = \"io.recordgen.samples.backup\", "
            + "overlays = \"openapi/recordgen-overlay.yaml\", "
            + "config = \"openapi/recordgen.yaml\")",
        "final class BackupClient {",
        "  private BackupClient() {}",
        "}");
  }
}
