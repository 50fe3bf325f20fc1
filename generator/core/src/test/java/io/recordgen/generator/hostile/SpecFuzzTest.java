package io.recordgen.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;

/**
 * Jazzer fuzzes the generator with spec bytes. The only allowed outcomes are code without an
 * error or errors without code, with portable file names; an internal error ({@code RG099}, the
 * generator's own bug caught) is a finding, and so is any exception or hang.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs as a regression test over the inputs in {@code
 * SpecFuzzTestInputs/generatesOrDiagnoses}: seed specs and every finding kept so far. With
 * {@code JAZZER_FUZZ=1} it fuzzes for the budget below (CI runs it that way; see the README for a
 * longer run).
 */
class SpecFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void generatesOrDiagnoses(byte[] spec) {
    GenerationResult result =
        Recordgen.generate(
            new SpecSource("fuzz.yaml", spec, null), GeneratorOptions.of("fuzz.out"));

    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.INTERNAL);
    if (result.hasErrors()) {
      assertThat(result.files()).isEmpty();
    }
    for (SourceFile file : result.files()) {
      assertThat(file.relativePath())
          .matches("fuzz/out/(model|api)/([A-Za-z_][A-Za-z0-9_]*|package-info)\\.java");
    }
  }
}
