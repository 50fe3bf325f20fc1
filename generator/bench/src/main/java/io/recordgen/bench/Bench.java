package io.recordgen.bench;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmark command: generation cold and warm against OpenAPI Generator and Swagger Parser,
 * the size and javac time of the generated code, the client against a hand-written call, and
 * the annotation processor's cost in a build. Prints one table per part with the ratios and the
 * targets, and writes them to {@code generator/bench/bench-results.md} when run from the
 * repository's root (else {@code bench-results.md}, or {@code --out FILE}).
 *
 * <p>{@code java -jar recordgen-bench.jar [--specs backup,github,...] [--parts
 * cold,warm,code,client,processor] [--quick] [--cold-runs N] [--out FILE]}
 */
public final class Bench {
  private final List<String> specs;
  private final List<String> parts;
  private final boolean quick;
  private final int coldRuns;
  private final Path results;
  private final StringBuilder report = new StringBuilder();
  private final PrintStream out = System.out;

  private Bench(List<String> specs, List<String> parts, boolean quick, int coldRuns, Path results) {
    this.specs = specs;
    this.parts = parts;
    this.quick = quick;
    this.coldRuns = coldRuns;
    this.results = results;
  }

  public static void main(String[] args) throws Exception {
    String specs = Specs.ALL;
    String parts = "cold,warm,code,client,processor";
    boolean quick = false;
    int coldRuns = 5;
    // From the repository's root the table lands next to this module's sources.
    Path results =
        Files.isDirectory(Path.of("generator/bench"))
            ? Path.of("generator/bench/bench-results.md")
            : Path.of("bench-results.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--specs" -> specs = args[++i];
        case "--parts" -> parts = args[++i];
        case "--quick" -> {
          quick = true;
          coldRuns = 1;
        }
        case "--cold-runs" -> coldRuns = Integer.parseInt(args[++i]);
        case "--out" -> results = Path.of(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown argument "
                    + args[i]
                    + "; use [--specs a,b] [--parts cold,warm,code,client,processor] [--quick]"
                    + " [--cold-runs N] [--out FILE]");
      }
    }
    new Bench(List.of(specs.split(",")), List.of(parts.split(",")), quick, coldRuns, results).run();
  }

  private void run() throws Exception {
    line("# Recordgen benchmarks");
    line("");
    line(Machine.describe());
    line("");
    Map<String, Map<String, Double>> cold = parts.contains("cold") ? cold() : Map.of();
    Map<String, Map<String, Double>> warm = parts.contains("warm") ? warm() : Map.of();
    if (!cold.isEmpty() || !warm.isEmpty()) {
      generationTable(cold, warm);
    }
    if (parts.contains("code")) {
      code();
    }
    if (parts.contains("client")) {
      client();
    }
    if (parts.contains("processor")) {
      processor();
    }
    Files.createDirectories(results.toAbsolutePath().getParent());
    Files.writeString(results, report.toString(), StandardCharsets.UTF_8);
    out.println();
    out.println("written to " + results.toAbsolutePath());
  }

  private void line(String text) {
    out.println(text);
    report.append(text).append('\n');
  }

  // ---- generation, cold: a fresh JVM per run ----

  private Map<String, Map<String, Double>> cold() throws IOException, InterruptedException {
    int runs = coldRuns;
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    for (String spec : specs) {
      Path file = Specs.path(spec);
      Map<String, Double> byTool = new LinkedHashMap<>();
      for (Tools tool : Tools.values()) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
          Path outDir = Specs.newOutputFolder("recordgen-cold");
          long start = System.nanoTime();
          Process process =
              new ProcessBuilder(
                      java(),
                      "-Xmx6g",
                      "-Xss8m",
                      "-cp",
                      jar(),
                      Cold.class.getName(),
                      tool.label(),
                      file.toString(),
                      outDir.toString())
                  .redirectErrorStream(true)
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .start();
          if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(tool.label() + " failed on " + spec);
          }
          times[i] = (System.nanoTime() - start) / 1e6;
          Tools.delete(outDir);
        }
        byTool.put(tool.label(), median(times));
        out.printf(
            Locale.ROOT, "  cold %-13s %-18s %,10.0f ms%n", spec, tool.label(), median(times));
      }
      result.put(spec, byTool);
    }
    return result;
  }

  // ---- generation, warm: JMH ----

  private Map<String, Map<String, Double>> warm() throws Exception {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(GenerationBench.class.getName())
            .param("spec", specs.toArray(String[]::new))
            .jvmArgsAppend(Specs.forkProperties())
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT);
    if (quick) {
      options.warmupIterations(2).measurementIterations(3);
    }
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    for (RunResult run : new Runner(options.build()).run()) {
      result
          .computeIfAbsent(run.getParams().getParam("spec"), s -> new LinkedHashMap<>())
          .put(run.getParams().getParam("tool"), run.getPrimaryResult().getScore());
    }
    return result;
  }

  private void generationTable(
      Map<String, Map<String, Double>> cold, Map<String, Map<String, Double>> warm) {
    line("## Generation (ms; OpenAPI Generator 7.25 java/native, Swagger Parser parse-only)");
    line("");
    line(
        "cold: a fresh `java` process per run, JVM start included, median of "
            + coldRuns
            + (coldRuns == 1 ? " run" : " runs")
            + "; warm: JMH single-shot time in one JVM after"
            + " warm-up iterations. Output goes to "
            + Specs.outputRoot()
            + ".");
    line("");
    line(
        "| spec | run | Recordgen | OpenAPI Generator | Swagger Parser | OAG / Recordgen"
            + " (target) | Recordgen / parser (target <= 1.5) |");
    line("|---|---|---:|---:|---:|---:|---:|");
    for (String spec : specs) {
      for (String run : List.of("cold", "warm")) {
        Map<String, Double> times = (run.equals("cold") ? cold : warm).get(spec);
        if (times == null) {
          continue;
        }
        double recordgen = times.get("recordgen");
        double oag = times.get("openapi-generator");
        double parser = times.get("swagger-parser");
        double speedup = oag / recordgen;
        double overParser = recordgen / parser;
        int target = run.equals("cold") ? 4 : 10;
        line(
            String.format(
                Locale.ROOT,
                "| %s | %s | %,.0f | %,.0f | %,.0f | %.1fx (>= %d: %s)" + " | %.2fx (%s) |",
                spec,
                run,
                recordgen,
                oag,
                parser,
                speedup,
                target,
                speedup >= target ? "met" : "missed",
                overParser,
                overParser <= 1.5 ? "met" : "missed"));
      }
    }
    line("");
  }

  // ---- generated code: lines and javac ----

  private void code() throws IOException {
    line("## Generated code (lines of src/main/java; javac --release 17 in one warm JVM)");
    line("");
    line("Lines are physical lines; code lines leave out blank lines and comments (Javadoc).");
    line("");
    line(
        "| spec | Recordgen files | lines | code lines | javac ms | OAG files | lines |"
            + " code lines | javac ms | lines ratio (target <= 0.25) | code lines ratio |"
            + " javac ratio (target <= 0.33) |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    // A first compile warms javac up, so that no spec pays for it.
    Path warmUp = Specs.newOutputFolder("recordgen-code");
    Tools.RECORDGEN.run(Specs.path("backup"), warmUp);
    Javac.compile(warmUp);
    Tools.delete(warmUp);
    for (String spec : specs) {
      Path file = Specs.path(spec);
      Path ours = Specs.newOutputFolder("recordgen-code");
      Path theirs = Specs.newOutputFolder("oag-code");
      Tools.RECORDGEN.run(file, ours);
      Tools.OPENAPI_GENERATOR.run(file, theirs);
      Javac.Result a = Javac.compile(ours);
      Javac.Result b = Javac.compile(theirs);
      double lines = (double) a.lines() / b.lines();
      double codeLines = (double) a.codeLines() / b.codeLines();
      String javac =
          a.millis() < 0 || b.millis() < 0
              ? "n/a ("
                  + (a.millis() < 0
                      ? "Recordgen: " + a.firstError()
                      : "OAG output does not compile: " + b.firstError())
                  + ")"
              : String.format(
                  Locale.ROOT,
                  "%.2f (%s)",
                  (double) a.millis() / b.millis(),
                  (double) a.millis() / b.millis() <= 1.0 / 3 ? "met" : "missed");
      line(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %,d | %s | %,d | %,d | %,d | %s |" + " %.2f (%s) | %.2f | %s |",
              spec,
              a.files(),
              a.lines(),
              a.codeLines(),
              a.millis() < 0 ? "fails" : String.format("%,d", a.millis()),
              b.files(),
              b.lines(),
              b.codeLines(),
              b.millis() < 0 ? "fails" : String.format("%,d", b.millis()),
              lines,
              lines <= 0.25 ? "met" : "missed",
              codeLines,
              javac.length() > 120 ? javac.substring(0, 120) + "..." : javac));
      Tools.delete(ours);
      Tools.delete(theirs);
    }
    line("");
  }

  // ---- client ----

  private void client() throws Exception {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(ClientBench.class.getName())
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT);
    if (quick) {
      options
          .warmupIterations(2)
          .measurementIterations(3)
          .warmupTime(TimeValue.seconds(1))
          .measurementTime(TimeValue.seconds(1));
    }
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (RunResult run : new Runner(options.build()).run()) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      scores.put(
          name,
          new double[] {run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()});
    }
    double generated = scores.get("roundTripGeneratedClient")[0];
    double handWritten = scores.get("roundTripHandWritten")[0];
    double build = scores.get("buildValidatedRequest")[0];
    line("## Client (JMH, average time)");
    line("");
    line("| measurement | result | target |");
    line("|---|---:|---|");
    line(
        String.format(
            Locale.ROOT,
            "| createBackup round trip, generated client | %.1f ± %.1f µs |" + " |",
            generated,
            scores.get("roundTripGeneratedClient")[1]));
    line(
        String.format(
            Locale.ROOT,
            "| createBackup round trip, hand-written java.net.http +"
                + " Jackson | %.1f ± %.1f µs | |",
            handWritten,
            scores.get("roundTripHandWritten")[1]));
    line(
        String.format(
            Locale.ROOT,
            "| generated / hand-written | %.3f | <= 1.05: %s |",
            generated / handWritten,
            generated / handWritten <= 1.05 ? "met" : "missed"));
    line(
        String.format(
            Locale.ROOT,
            "| CreateBackupRequest with every check | %.0f ± %.0f ns |" + " <= 150 ns: %s |",
            build,
            scores.get("buildValidatedRequest")[1],
            build <= 150 ? "met" : "missed"));
    line(
        String.format(
            Locale.ROOT,
            "| decoding the 201 body | %.0f ± %.0f ns | |",
            scores.get("decodeCreatedResponse")[0],
            scores.get("decodeCreatedResponse")[1]));
    line("");
  }

  // ---- processor overhead ----

  private void processor() throws IOException, InterruptedException {
    int runs = quick ? 3 : 7;
    Path work = Specs.newOutputFolder("recordgen-processor");
    Path sample = work.resolve("src/bench/sample");
    Files.createDirectories(sample);
    Files.writeString(
        sample.resolve("package-info.java"),
        "@io.recordgen.runtime.GenerateClient(spec = \"openapi/backup-api.yaml\","
            + " packageName = \"bench.sample\")\npackage bench.sample;\n");
    Files.writeString(
        sample.resolve("Use.java"),
        """
        package bench.sample;

        import bench.sample.api.BackupsApi;
        import bench.sample.model.CreateBackupRequest;
        import io.recordgen.runtime.ApiClient;
        import java.net.URI;

        final class Use {
          static BackupsApi api() {
            return BackupsApi.create(ApiClient.builder().endpoint(URI.create("http://x")).build());
          }

          static CreateBackupRequest request() {
            return CreateBackupRequest.builder().instanceId("i").name("n").build();
          }
        }
        """);
    GenerationResult generated =
        Recordgen.generate(
            new SpecSource("backup-api.yaml", Files.readAllBytes(Specs.path("backup")), null),
            GeneratorOptions.of("bench.sample"));
    Path pre = work.resolve("pre");
    List<String> preSources = new ArrayList<>();
    for (SourceFile file : generated.files()) {
      Path target = pre.resolve(file.relativePath());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
      if (!file.simpleName().equals("package-info")) {
        preSources.add(target.toString());
      }
    }
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<String> withProcessor =
        new ArrayList<>(
            List.of(
                javac,
                "--release",
                "17",
                "-d",
                work.resolve("a").toString(),
                "-cp",
                jar(),
                "-processorpath",
                jar(),
                "-processor",
                "io.recordgen.processor.RecordgenProcessor",
                sample.resolve("package-info.java").toString(),
                sample.resolve("Use.java").toString()));
    List<String> pregenerated =
        new ArrayList<>(
            List.of(
                javac,
                "--release",
                "17",
                "-d",
                work.resolve("b").toString(),
                "-cp",
                jar(),
                "-proc:none",
                sample.resolve("Use.java").toString()));
    pregenerated.addAll(preSources);
    double[] a = new double[runs];
    double[] b = new double[runs];
    for (int i = 0; i < runs; i++) {
      a[i] = time(withProcessor);
      b[i] = time(pregenerated);
    }
    double overhead = median(a) - median(b);
    line("## Annotation processor (javac as a fresh process, median of " + runs + ")");
    line("");
    line("| compile | ms |");
    line("|---|---:|");
    line(String.format(Locale.ROOT, "| backup sample with the processor | %,.0f |", median(a)));
    line(
        String.format(
            Locale.ROOT, "| backup sample from pre-generated sources | %,.0f |", median(b)));
    line(
        String.format(
            Locale.ROOT,
            "| processor overhead (target <= 1,500) | %,.0f (%s) |",
            overhead,
            overhead <= 1500 ? "met" : "missed"));
    line("");
    Tools.delete(work);
  }

  private static double time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("javac failed: " + output);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    return System.getProperty("java.class.path");
  }
}
