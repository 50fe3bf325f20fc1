package io.recordgen.corpus;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
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
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Generates every spec of a folder and compiles each output in this JVM with {@code -Werror}.
 */
public final class Corpus {
  /** The package generated code goes into; each spec is compiled on its own. */
  static final String PACKAGE = "io.recordgen.corpus.generated";

  private static final int MAX_DETAILS = 10;

  private final GeneratorOptions options;
  private final @Nullable Path keep;
  private final InMemoryJavac javac = InMemoryJavac.forGeneratedCode();

  /**
   * A corpus run.
   *
   * @param options generator options (the package is the same for every spec)
   * @param keep a folder to write each spec's sources to, under the spec's name, or {@code null}
   */
  public Corpus(GeneratorOptions options, @Nullable Path keep) {
    this.options = options;
    this.keep = keep;
  }

  /** A run with default options that keeps nothing. */
  public static Corpus withDefaults() {
    return new Corpus(GeneratorOptions.of(PACKAGE), null);
  }

  /** The specs of a folder: {@code .json}, {@code .yaml} and {@code .yml} files, by name. */
  public static List<Path> specsIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs every spec, {@code jobs} at a time; results in the order of {@code specs}. */
  public List<SpecResult> run(List<Path> specs, int jobs) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, jobs),
            runnable -> {
              Thread thread = new Thread(null, runnable, "corpus", 64L * 1024 * 1024);
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<SpecResult>> futures = new ArrayList<>();
      for (Path spec : specs) {
        futures.add(pool.submit(() -> run(spec)));
      }
      List<SpecResult> results = new ArrayList<>();
      for (Future<SpecResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Generates and compiles one spec. */
  public SpecResult run(Path spec) {
    String name = spec.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(spec);
    } catch (IOException e) {
      return new SpecResult(
          name,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          SpecResult.Outcome.DIAGNOSED,
          List.of("cannot read: " + e.getMessage()));
    }
    long start = System.nanoTime();
    GenerationResult result =
        Recordgen.generate(new SpecSource(name, bytes, spec.toAbsolutePath().getParent()), options);
    long generateMillis = (System.nanoTime() - start) / 1_000_000;
    int operations = result.stats().operations();
    int schemas = result.stats().schemas();
    int warnings =
        (int)
            result.diagnostics().stream()
                .filter(d -> d.code().severity() == io.recordgen.generator.diag.Severity.WARNING)
                .count();
    if (result.hasErrors()) {
      boolean internal = result.errors().stream().anyMatch(d -> d.code() == Code.INTERNAL);
      return new SpecResult(
          name,
          operations,
          schemas,
          0,
          0,
          warnings,
          generateMillis,
          0,
          internal ? SpecResult.Outcome.INTERNAL : SpecResult.Outcome.DIAGNOSED,
          result.errors().stream().limit(MAX_DETAILS).map(Diagnostic::format).toList());
    }
    long lines = 0;
    for (SourceFile file : result.files()) {
      lines += file.content().lines().count();
    }
    if (keep != null) {
      write(keep.resolve(name.replaceAll("\\.[^.]+$", "")), result.files());
    }
    InMemoryJavac.Outcome compiled = javac.compile(result.files(), MAX_DETAILS);
    return new SpecResult(
        name,
        operations,
        schemas,
        result.files().size(),
        lines,
        warnings,
        generateMillis,
        compiled.millis(),
        compiled.success() ? SpecResult.Outcome.OK : SpecResult.Outcome.COMPILE_FAILED,
        compiled.success() ? List.of() : compiled.messages());
  }

  private static void write(Path root, List<SourceFile> files) {
    try {
      for (SourceFile file : files) {
        Path target = root.resolve(file.relativePath());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
