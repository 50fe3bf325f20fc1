package io.recordgen.generator;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.emit.Emitter;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecLoader;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.plan.GenerationPlan;
import io.recordgen.generator.plan.Planner;
import java.util.List;

/**
 * The generator's entry point: spec bytes in, source files or diagnostics out. It never throws
 * for a bad spec: every problem is a {@link io.recordgen.generator.diag.Diagnostic}, and a bug
 * of Recordgen's own becomes an {@code RG099} diagnostic that names the stage.
 */
public final class Recordgen {
  private Recordgen() {}

  /** Generates the sources for {@code source}. Thread-safe; no state is shared between runs. */
  public static GenerationResult generate(SpecSource source, GeneratorOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    String stage = "loading";
    try {
      ApiSpec spec = SpecLoader.load(source, options.load(), diagnostics);
      if (spec == null || diagnostics.hasErrors()) {
        return failed(diagnostics);
      }
      stage = "planning";
      GenerationPlan plan = Planner.plan(spec, options.basePackage(), diagnostics);
      if (plan == null || diagnostics.hasErrors()) {
        return failed(diagnostics);
      }
      stage = "emitting";
      List<SourceFile> files = Emitter.emit(plan);
      return new GenerationResult(files, diagnostics.all());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      diagnostics.report(Code.INTERNAL, "", "internal error while " + stage + " "
          + source.name() + ": " + e + " (please report this with the spec)");
      return failed(diagnostics);
    }
  }

  private static GenerationResult failed(Diagnostics diagnostics) {
    if (!diagnostics.hasErrors()) {
      diagnostics.report(Code.INTERNAL, "", "generation stopped without an error message");
    }
    return new GenerationResult(List.of(), diagnostics.all());
  }
}
