package io.recordgen.corpus;

import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.load.SpecSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recordgen-corpus FOLDER...}: generates every spec, compiles every output with {@code
 * -Werror}, prints a table. Exits 0 when every spec compiles or is diagnosed as expected, 1
 * otherwise.
 */
@Command(
    name = "recordgen-corpus",
    mixinStandardHelpOptions = true,
    description =
        "Generates every OpenAPI document in the folders, compiles each output in "
            + "this JVM with --release 17 -Xlint:all -Werror, and prints a table.")
public final class CorpusCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FOLDER_OR_FILE",
      description = "Folders of specs (.json, .yaml, .yml) or single spec files.")
  private List<Path> inputs = new ArrayList<>();

  @Option(names = "--jobs", description = "Specs processed at once (default: ${DEFAULT-VALUE}).")
  private int jobs = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "Also write each spec's sources under DIR/<spec name>.")
  private @Nullable Path keep;

  @Option(
      names = "--expect-diagnosed",
      paramLabel = "SPEC",
      split = ",",
      description = "Spec file names that are invalid and must be rejected with diagnostics.")
  private Set<String> expectDiagnosed = new TreeSet<>();

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "An OpenAPI Overlay applied to every spec before it is read; repeatable.")
  private List<Path> overlays = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A Recordgen configuration (mappings, include, exclude) for every spec.")
  private @Nullable Path config;

  @Option(
      names = "--strict",
      description = "A spec defect with one safe reading is an error rather than a warning.")
  private boolean strict;

  private final PrintWriter out;

  CorpusCommand(PrintWriter out) {
    this.out = out;
  }

  private @Nullable SpecSource read(String what, Path file) {
    try {
      return new SpecSource(
          file.getFileName().toString(),
          Files.readAllBytes(file),
          file.toAbsolutePath().getParent());
    } catch (java.io.IOException e) {
      out.println("cannot read the " + what + " " + file + ": " + e.getMessage());
      return null;
    }
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(new CommandLine(new CorpusCommand(out)).execute(args));
  }

  @Override
  public Integer call() {
    List<Path> specs = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        specs.addAll(Corpus.specsIn(input));
      } else {
        specs.add(input);
      }
    }
    List<SpecSource> overlaid = new ArrayList<>();
    for (Path overlay : overlays) {
      SpecSource read = read("overlay", overlay);
      if (read == null) {
        return 2;
      }
      overlaid.add(read);
    }
    GeneratorOptions options =
        GeneratorOptions.of(Corpus.PACKAGE).withStrict(strict).withOverlays(overlaid);
    if (config != null) {
      SpecSource file = read("configuration", config);
      if (file == null) {
        return 2;
      }
      Recordgen.ConfigurationResult read = Recordgen.readConfiguration(file, options.load());
      read.diagnostics().forEach(d -> out.println(d.format()));
      if (read.configuration() == null) {
        return 2;
      }
      options = options.withConfiguration(read.configuration());
    }
    Corpus corpus = new Corpus(options, keep);
    long start = System.nanoTime();
    List<SpecResult> results = corpus.run(specs, jobs);
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    out.print(CorpusTable.render(results));
    int failures = 0;
    for (SpecResult result : results) {
      boolean expected = expectDiagnosed.contains(result.spec());
      boolean good =
          expected
              ? result.outcome() == SpecResult.Outcome.DIAGNOSED
              : result.outcome() == SpecResult.Outcome.OK;
      if (result.outcome() != SpecResult.Outcome.OK || expected) {
        out.println();
        out.println(
            result.spec()
                + ": "
                + result.outcome().label()
                + (expected ? " (expected to be diagnosed)" : "")
                + (good ? "" : "  <-- FAILURE"));
        result.details().forEach(line -> out.println("  " + line));
      }
      if (!good) {
        failures++;
      }
    }
    out.println();
    out.printf(
        "%d specs in %d s on %s %s, %d jobs: %s%n",
        results.size(),
        seconds,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        jobs,
        failures == 0 ? "all as expected" : failures + " failed");
    out.flush();
    return failures == 0 ? 0 : 1;
  }
}
