package io.recordgen.generator;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.emit.Emitter;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.ConfigReader;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecLoader;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.plan.GenerationPlan;
import io.recordgen.generator.plan.OperationEntry;
import io.recordgen.generator.plan.Planner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The generator's entry point: spec bytes in, source files or diagnostics out. It never throws
 * for a bad spec: every problem is a {@link io.recordgen.generator.diag.Diagnostic}, and a bug
 * of Recordgen's own becomes an {@code RG099} diagnostic that names the stage.
 */
public final class Recordgen {
  private Recordgen() {}

  /** Generates the sources for {@code source}. Thread-safe; no state is shared between runs. */
  public static GenerationResult generate(SpecSource source, GeneratorOptions options) {
    Diagnostics diagnostics = options.strict() ? Diagnostics.strict() : new Diagnostics();
    List<URI> read = new ArrayList<>();
    Planned planned = plan(source, options, diagnostics, read);
    if (planned.plan() == null) {
      return new GenerationResult(List.of(), diagnostics.all(), planned.stats(), read);
    }
    try {
      List<SourceFile> files = Emitter.emit(planned.plan());
      return new GenerationResult(
          files, diagnostics.all(), planned.stats(), read, planned.plan().mappedTypes());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      internal(diagnostics, "emitting", source, e);
      return new GenerationResult(List.of(), diagnostics.all(), planned.stats(), read);
    }
  }

  /**
   * Every example of the spec with the generated type it decodes into, for contract checks.
   * Nothing is emitted; names are decided exactly as {@link #generate} decides them.
   */
  public static ExampleCatalog examples(SpecSource source, GeneratorOptions options) {
    Diagnostics diagnostics = options.strict() ? Diagnostics.strict() : new Diagnostics();
    Planned planned = plan(source, options, diagnostics, new ArrayList<>());
    return new ExampleCatalog(
        planned.plan() == null ? List.of() : planned.plan().examples(), diagnostics.all());
  }

  /**
   * Every operation of the spec with the generated client method, input record and return type
   * that call it, for tools that drive a generated client. Nothing is emitted; names are decided
   * exactly as {@link #generate} decides them.
   */
  public static OperationCatalog operations(SpecSource source, GeneratorOptions options) {
    Diagnostics diagnostics = options.strict() ? Diagnostics.strict() : new Diagnostics();
    Planned planned = plan(source, options, diagnostics, new ArrayList<>());
    return new OperationCatalog(
        planned.plan() == null ? List.of() : OperationEntry.of(planned.plan()), diagnostics.all());
  }

  /**
   * Reads a configuration file (see {@code README.md}, "Configuration") with the limits of {@code
   * load}. Never throws: a file that is no valid configuration gives {@code RG047} errors at
   * their pointers, and no configuration.
   */
  public static ConfigurationResult readConfiguration(SpecSource source, LoadOptions load) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      Configuration configuration = ConfigReader.read(source, load, diagnostics);
      return new ConfigurationResult(
          diagnostics.hasErrors() ? null : configuration, diagnostics.all());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      internal(diagnostics, "reading the configuration", source, e);
      return new ConfigurationResult(null, diagnostics.all());
    }
  }

  /**
   * A configuration file as read.
   *
   * @param configuration the configuration, or {@code null} when an error was reported
   * @param diagnostics what reading reported
   */
  public record ConfigurationResult(
      @Nullable Configuration configuration, List<Diagnostic> diagnostics) {
    public ConfigurationResult {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private record Planned(@Nullable GenerationPlan plan, GenerationResult.Stats stats) {}

  private static Planned plan(
      SpecSource source, GeneratorOptions options, Diagnostics diagnostics, List<URI> read) {
    String stage = "loading";
    GenerationResult.Stats stats = GenerationResult.Stats.NONE;
    try {
      ApiSpec spec =
          SpecLoader.load(source, options.overlays(), options.load(), diagnostics, read::add);
      if (spec == null || diagnostics.hasErrors()) {
        return stopped(diagnostics, stats);
      }
      stats = new GenerationResult.Stats(spec.operations().size(), spec.schemas().size());
      stage = "planning";
      GenerationPlan plan =
          Planner.plan(spec, options.basePackage(), options.configuration(), diagnostics);
      return plan == null || diagnostics.hasErrors()
          ? stopped(diagnostics, stats)
          : new Planned(plan, stats);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      internal(diagnostics, stage, source, e);
      return new Planned(null, stats);
    }
  }

  private static void internal(
      Diagnostics diagnostics, String stage, SpecSource source, Throwable e) {
    diagnostics.report(
        Code.INTERNAL,
        "",
        "internal error while "
            + stage
            + " "
            + source.name()
            + ": "
            + e
            + " (please report this with the spec)");
  }

  private static Planned stopped(Diagnostics diagnostics, GenerationResult.Stats stats) {
    if (!diagnostics.hasErrors()) {
      diagnostics.report(Code.INTERNAL, "", "generation stopped without an error message");
    }
    return new Planned(null, stats);
  }
}
