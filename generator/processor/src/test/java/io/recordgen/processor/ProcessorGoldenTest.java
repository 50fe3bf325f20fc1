package io.recordgen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  private static final Path EXPECTED =
      Path.of("src", "test", "resources", "golden", "backup-api", "expected");
  private static final boolean REGENERATE = Boolean.getBoolean("recordgen.regenerate");
  static final List<String> STRICT = List.of("--release", "17", "-Xlint:all,-processing",
      "-Werror");

  @Test
  void expectedFilesCompileWithAllLints() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Map.Entry<String, String> file : read().entrySet()) {
      sources.add(JavaFileObjects.forSourceString(
          file.getKey().replace('/', '.').replaceAll("\\.java$", ""), file.getValue()));
    }
    Compilation compilation = Compiler.javac()
        .withOptions("--release", "17", "-Xlint:all", "-Werror", "-proc:none")
        .compile(sources);
    assertThat(compilation.status()).as("%s", compilation.diagnostics())
        .isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void generatesTheBackupClientAsInTheGoldenFiles() throws IOException {
    Compilation compilation = Compiler.javac()
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
    if (REGENERATE) {
      write(generated);
      return;
    }
    Map<String, String> expected = read();
    assertThat(generated.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((path, content) -> assertThat(generated.get(path))
        .as("%s (regenerate with -Drecordgen.regenerate=true)", path)
        .isEqualTo(content));
  }

  static JavaFileObject annotated() {
    return JavaFileObjects.forSourceLines("io.recordgen.samples.backup.BackupClient",
        "package io.recordgen.samples.backup;",
        "",
        "import io.recordgen.runtime.GenerateClient;",
        "",
        "@GenerateClient(spec = \"openapi/backup-api.yaml\", "
            + "packageName = \"io.recordgen.samples.backup\")",
        "final class BackupClient {",
        "  private BackupClient() {}",
        "}");
  }

  private static Map<String, String> read() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(EXPECTED)) {
      for (Path path : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
        files.put(EXPECTED.relativize(path).toString().replace('\\', '/'),
            Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void write(Map<String, String> files) throws IOException {
    if (Files.exists(EXPECTED)) {
      try (Stream<Path> walk = Files.walk(EXPECTED)) {
        walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = EXPECTED.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
