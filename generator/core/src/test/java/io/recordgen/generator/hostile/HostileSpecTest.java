package io.recordgen.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.testing.compile.Compilation;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Golden;
import io.recordgen.generator.InMemory;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One hostile spec per folder under {@code src/test/resources/hostile}. For every case the
 * generator either writes safe code or rejects the spec with located diagnostics and writes
 * nothing, within a bounded time. The oracle for safe code: every file stays under its package
 * folder with a portable name, the whole output compiles with {@code -Xlint:all -Werror}, and
 * loading and initialising every class leaves the marker property {@code recordgen.pwned}
 * unset: each payload in the specs sets it if it ever becomes code.
 *
 * <p>The diagnostics of each case are pinned in its {@code diagnostics.txt} (rewritten with
 * {@code -Drecordgen.regenerate=true}, like golden files).
 */
class HostileSpecTest {
  static final String MARKER = "recordgen.pwned";
  private static final Path ROOT = Golden.sourceResources().resolve("hostile");
  private static final Pattern SAFE_PATH =
      Pattern.compile("([a-z][a-z0-9_]*/)+([A-Za-z_][A-Za-z0-9_]*|package-info)\\.java");
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?", Pattern.CASE_INSENSITIVE);

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(ROOT)) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws Exception {
    Path spec =
        Files.list(dir)
            .filter(p -> p.getFileName().toString().startsWith("spec."))
            .findFirst()
            .orElseThrow();
    Path nameFile = dir.resolve("name.txt");
    String name =
        Files.exists(nameFile)
            ? Files.readString(nameFile, StandardCharsets.UTF_8)
            : spec.getFileName().toString();
    byte[] bytes = Files.readAllBytes(spec);
    GenerationResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                Recordgen.generate(
                    new SpecSource(name, bytes, dir.toAbsolutePath()),
                    GeneratorOptions.of(
                        "hostile." + dir.getFileName().toString().replace("-", ""))));

    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.INTERNAL);
    if (result.hasErrors()) {
      assertThat(result.files()).as("nothing is generated when there is an error").isEmpty();
      assertThat(result.errors())
          .allSatisfy(error -> assertThat(error.pointer()).as("errors are located").isNotNull());
    } else {
      assertSafe(result.files());
    }
    pin(dir, result.diagnostics());
  }

  /** Portable paths, code that compiles, and no payload that runs. */
  static void assertSafe(List<SourceFile> files) throws Exception {
    for (SourceFile file : files) {
      String path = file.relativePath();
      assertThat(path).matches(SAFE_PATH);
      String simple = file.simpleName();
      assertThat(WINDOWS_DEVICE.matcher(simple).matches())
          .as("%s is a Windows device name", path)
          .isFalse();
    }
    Map<String, String> lowerCase = new TreeMap<>();
    for (SourceFile file : files) {
      String previous =
          lowerCase.put(file.relativePath().toLowerCase(Locale.ROOT), file.relativePath());
      assertThat(previous).as("two files differ only in case").isNull();
    }
    ClassLoader loader = compileAndLoad(files);
    System.clearProperty(MARKER);
    for (SourceFile file : files) {
      if (!file.simpleName().equals("package-info")) {
        Class<?> type = Class.forName(file.qualifiedName(), true, loader);
        for (Class<?> nested : type.getDeclaredClasses()) {
          Class.forName(nested.getName(), true, loader);
        }
      }
    }
    assertThat(System.getProperty(MARKER)).as("a payload became code").isNull();
  }

  private static ClassLoader compileAndLoad(List<SourceFile> files) {
    Compilation compilation = InMemory.compile(files);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      fail("the generated code does not compile:\n" + InMemory.errors(compilation, 50));
    }
    return InMemory.load(compilation);
  }

  private static void pin(Path dir, List<Diagnostic> diagnostics) throws IOException {
    String text =
        diagnostics.stream()
            .map(Diagnostic::format)
            .collect(Collectors.joining("\n", "", diagnostics.isEmpty() ? "" : "\n"));
    Path file = dir.resolve("diagnostics.txt");
    if (Golden.REGENERATE) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(text)
        .as("diagnostics of %s (regenerate with -Drecordgen.regenerate=true)", dir.getFileName())
        .isEqualTo(expected);
  }
}
