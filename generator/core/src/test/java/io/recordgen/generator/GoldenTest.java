package io.recordgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.load.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One golden case per folder under {@code src/test/resources/golden}: {@code spec.yaml} or
 * {@code spec.json} in, {@code expected/} and {@code diagnostics.txt} out. The base package is
 * {@code golden.<case>} with dashes removed. A case may also hold a configuration ({@code
 * recordgen.yaml}), overlays ({@code overlay*.yaml}, applied in name order) and the sources of the
 * user's own types that the configuration maps to ({@code sources/}), compiled with the expected
 * files.
 */
class GoldenTest {
  private static final Path ROOT = Golden.sourceResources().resolve("golden");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(ROOT)) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    return cases.stream()
        .flatMap(
            dir ->
                Stream.of(
                    DynamicTest.dynamicTest(
                        dir.getFileName() + ": generates the expected files", () -> generate(dir)),
                    DynamicTest.dynamicTest(
                        dir.getFileName() + ": expected files compile with -Werror",
                        () -> {
                          if (Files.isDirectory(dir.resolve("expected"))) {
                            Golden.compileExpected(dir);
                          }
                        }),
                    DynamicTest.dynamicTest(
                        dir.getFileName() + ": comments fit in 100 columns",
                        () -> commentsFit(dir))));
  }

  /** A comment line may pass 100 columns only when it holds one word that cannot be broken. */
  private static void commentsFit(Path dir) throws IOException {
    Path expected = dir.resolve("expected");
    if (!Files.isDirectory(expected)) {
      return;
    }
    List<String> tooLong = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(expected)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i).strip();
        if (lines.get(i).length() > 100 && text.startsWith("*") && breakable(text)) {
          tooLong.add(expected.relativize(file) + ":" + (i + 1) + ": " + text);
        }
      }
    }
    assertThat(tooLong).as("comment lines longer than 100 columns").isEmpty();
  }

  /** Whether a comment line holds more than one word besides its block tag and the tag's name. */
  private static boolean breakable(String text) {
    String[] words = text.substring(1).strip().split(" +");
    int tag =
        words[0].equals("@param") || words[0].equals("@throws")
            ? 2
            : words[0].startsWith("@") ? 1 : 0;
    return words.length - tag > 1;
  }

  private static void generate(Path dir) throws IOException {
    Path spec =
        Files.exists(dir.resolve("spec.yaml"))
            ? dir.resolve("spec.yaml")
            : dir.resolve("spec.json");
    String name = dir.getFileName().toString();
    GeneratorOptions options = Golden.options(dir, "golden." + name.replace("-", ""));
    GenerationResult result =
        Recordgen.generate(
            new SpecSource(spec.getFileName().toString(), Files.readAllBytes(spec), dir), options);
    Golden.check(dir, result.files(), result.diagnostics());
  }
}
