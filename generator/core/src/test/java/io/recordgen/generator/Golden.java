package io.recordgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
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

/**
 * Golden-file support: compares generated files with the expected ones under a case folder, or
 * rewrites them when the build runs with {@code -Drecordgen.regenerate=true}. Expected files are
 * compiled with {@code -Xlint:all -Werror}, so a golden file can never be code that does not
 * build.
 */
public final class Golden {
  /** The one flag that rewrites every expected file from the current output. */
  public static final boolean REGENERATE = Boolean.getBoolean("recordgen.regenerate");

  private Golden() {}

  /**
   * Checks {@code files} and {@code diagnostics} against {@code caseDir/expected}.
   *
   * @param caseDir the case folder in {@code src/test/resources}
   */
  public static void check(Path caseDir, List<SourceFile> files, List<Diagnostic> diagnostics) {
    Map<String, String> actual = new TreeMap<>();
    for (SourceFile file : files) {
      actual.put(file.relativePath(), file.content());
    }
    String diagnosticText =
        diagnostics.stream()
            .map(Diagnostic::format)
            .collect(Collectors.joining("\n", "", diagnostics.isEmpty() ? "" : "\n"));
    checkFiles(caseDir, actual);
    if (REGENERATE) {
      write(caseDir.resolve("diagnostics.txt"), diagnosticText);
      return;
    }
    Path diagnosticsFile = caseDir.resolve("diagnostics.txt");
    String expectedDiagnostics = Files.exists(diagnosticsFile) ? readString(diagnosticsFile) : "";
    assertThat(diagnosticText)
        .as("diagnostics of %s", caseDir.getFileName())
        .isEqualTo(expectedDiagnostics);
  }

  /**
   * Checks files given as relative path to content against {@code caseDir/expected}, or rewrites
   * them with the regenerate flag.
   */
  public static void checkFiles(Path caseDir, Map<String, String> actual) {
    Path expectedDir = caseDir.resolve("expected");
    if (REGENERATE) {
      rewrite(expectedDir, new TreeMap<>(actual));
      return;
    }
    Map<String, String> expected = read(expectedDir);
    assertThat(new TreeMap<>(actual).keySet())
        .as("generated files of %s", caseDir.getFileName())
        .containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      assertThat(actual.get(entry.getKey()))
          .as("%s (regenerate with -Drecordgen.regenerate=true)", entry.getKey())
          .isEqualTo(entry.getValue());
    }
  }

  /**
   * The options of a case: {@code basePackage}, with the case's {@code recordgen.yaml} and its
   * {@code overlay*.yaml} files in name order, when it has them.
   */
  public static GeneratorOptions options(Path caseDir, String basePackage) throws IOException {
    GeneratorOptions options = GeneratorOptions.of(basePackage);
    List<SpecSource> overlays = new ArrayList<>();
    try (Stream<Path> list = Files.list(caseDir)) {
      for (Path overlay :
          list.filter(f -> f.getFileName().toString().matches("overlay.*\\.ya?ml"))
              .sorted()
              .toList()) {
        overlays.add(source(overlay));
      }
    }
    options = options.withOverlays(overlays);
    Path config = caseDir.resolve("recordgen.yaml");
    if (Files.exists(config)) {
      Recordgen.ConfigurationResult read =
          Recordgen.readConfiguration(source(config), options.load());
      if (read.configuration() == null) {
        fail("the configuration of " + caseDir.getFileName() + ": " + read.diagnostics());
      }
      options = options.withConfiguration(read.configuration());
    }
    return options;
  }

  private static SpecSource source(Path file) throws IOException {
    return new SpecSource(
        file.getFileName().toString(), Files.readAllBytes(file), file.getParent());
  }

  /**
   * Compiles the expected files of a case with {@code -Xlint:all -Werror}, with the sources of
   * the user's types the case maps to ({@code sources/}).
   */
  public static Compilation compileExpected(Path caseDir) {
    Map<String, String> expected = new TreeMap<>(read(caseDir.resolve("expected")));
    expected.putAll(read(caseDir.resolve("sources")));
    List<JavaFileObject> sources = new ArrayList<>();
    expected.forEach(
        (path, content) ->
            sources.add(
                JavaFileObjects.forSourceString(
                    path.replace('/', '.').replaceAll("\\.java$", ""), content)));
    Compilation compilation = InMemory.compileSources(sources);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      fail(
          "expected files of "
              + caseDir.getFileName()
              + " do not compile:\n"
              + compilation.diagnostics().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining("\n")));
    }
    return compilation;
  }

  /**
   * Compiles the expected files of a case and loads them: a class loader over the compiled
   * classes, with the test class path (runtime, Jackson) as parent.
   */
  public static ClassLoader loadExpected(Path caseDir) {
    return InMemory.load(compileExpected(caseDir));
  }

  /** The source folder of test resources, where regenerated files go. */
  public static Path sourceResources() {
    return Path.of("src", "test", "resources");
  }

  /** The files under {@code dir}, by relative path. */
  public static Map<String, String> read(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), readString(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void rewrite(Path dir, Map<String, String> files) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
              .forEach(
                  p -> {
                    try {
                      Files.delete(p);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        write(dir.resolve(file.getKey()), file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readString(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
