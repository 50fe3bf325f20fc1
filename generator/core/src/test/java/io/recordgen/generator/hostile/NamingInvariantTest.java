package io.recordgen.generator.hostile;

import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.InMemory;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generator's invariant on specs built from adversarial names ({@link AdversarialSpecs}):
 * either every generated source compiles with {@code --release 17 -Xlint:all -Werror}, or
 * generation fails with located diagnostics and writes nothing.
 *
 * <p>{@code ./mvnw verify} runs a fixed set of seeds in about a minute; {@code
 * -Drecordgen.naming.seeds=N} runs N seeds, {@code -Drecordgen.naming.first=S} starts elsewhere.
 * A failure prints its seed and its spec, which then becomes a golden case.
 */
class NamingInvariantTest {
  private static final long FIRST = Long.getLong("recordgen.naming.first", 1L);
  private static final int SEEDS = Integer.getInteger("recordgen.naming.seeds", 300);

  @Test
  void everySpecCompilesOrIsRejectedWithLocatedDiagnostics() {
    List<String> failures = new ArrayList<>();
    int compiled = 0;
    int rejected = 0;
    for (long seed = FIRST; seed < FIRST + SEEDS; seed++) {
      String spec = AdversarialSpecs.build(seed);
      String problem;
      GenerationResult result =
          Recordgen.generate(
              new SpecSource("adversarial.json", spec.getBytes(StandardCharsets.UTF_8), null),
              GeneratorOptions.of("golden.adversarial"));
      if (result.hasErrors()) {
        rejected++;
        problem = rejection(result);
        if (Boolean.getBoolean("recordgen.naming.verbose")) {
          System.out.println("seed " + seed + " rejected: " + result.errors());
        }
      } else {
        compiled++;
        problem = compile(result.files());
      }
      if (problem != null) {
        failures.add("seed " + seed + ": " + problem + "\n" + spec);
        if (failures.size() >= 3) {
          break;
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " of the seeds broke the invariant ("
              + compiled
              + " compiled, "
              + rejected
              + " rejected before):\n"
              + String.join("\n\n", failures));
    }
    System.out.printf(
        "naming invariant: seeds %d..%d, %d compiled, %d rejected with diagnostics%n",
        FIRST, FIRST + SEEDS - 1, compiled, rejected);
  }

  /** Why a rejection breaks the invariant, or {@code null} when it is located and writes nothing. */
  private static String rejection(GenerationResult result) {
    if (!result.files().isEmpty()) {
      return "an error was reported and files were generated anyway";
    }
    for (Diagnostic error : result.errors()) {
      if (error.code().id().equals("RG099")) {
        return "internal error: " + error.format();
      }
    }
    return null;
  }

  private static String compile(List<SourceFile> files) {
    Compilation compilation = InMemory.compile(files);
    return compilation.status() == Compilation.Status.SUCCESS
        ? null
        : "does not compile:\n" + InMemory.errors(compilation, 8);
  }
}
