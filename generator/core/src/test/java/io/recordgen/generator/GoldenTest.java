package io.recordgen.generator;

import io.recordgen.generator.load.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One golden case per folder under {@code src/test/resources/golden}: {@code spec.yaml} or
 * {@code spec.json} in, {@code expected/} and {@code diagnostics.txt} out. The base package is
 * {@code golden.<case>} with dashes removed.
 */
class GoldenTest {
  private static final Path ROOT = Golden.sourceResources().resolve("golden");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(ROOT)) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    return cases.stream().flatMap(dir -> Stream.of(
        DynamicTest.dynamicTest(dir.getFileName() + ": generates the expected files",
            () -> generate(dir)),
        DynamicTest.dynamicTest(dir.getFileName() + ": expected files compile with -Werror",
            () -> {
              if (Files.isDirectory(dir.resolve("expected"))) {
                Golden.compileExpected(dir);
              }
            })));
  }

  private static void generate(Path dir) throws IOException {
    Path spec = Files.exists(dir.resolve("spec.yaml")) ? dir.resolve("spec.yaml")
        : dir.resolve("spec.json");
    String name = dir.getFileName().toString();
    GenerationResult result = Recordgen.generate(
        new SpecSource(spec.getFileName().toString(), Files.readAllBytes(spec), dir),
        GeneratorOptions.of("golden." + name.replace("-", "")));
    Golden.check(dir, result.files(), result.diagnostics());
  }
}
