package io.recordgen.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
    Map<String, Map<String, double[]>> cold = parts.contains("cold") ? cold() : Map.of();
    Map<String, Map<String, double[]>> warm = parts.contains("warm") ? warm() : Map.of();
    if (!cold.isEmpty() || !warm.isEmpty()) {
      generationTable(cold, warm);
    }
    if (!cold.isEmpty()) {
      memoryTable(cold);
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

  /** Spec, then tool, then the median wall time (ms) and the median peak resident set (KiB). */
  private Map<String, Map<String, double[]>> cold() throws IOException, InterruptedException {
    int runs = coldRuns;
    Map<String, Map<String, double[]>> result = new LinkedHashMap<>();
    for (String spec : specs) {
      Path file = Specs.path(spec);
      Map<String, double[]> byTool = new LinkedHashMap<>();
      for (Tools tool : Tools.values()) {
        double[] times = new double[runs];
        double[] peaks = new double[runs];
        for (int i = 0; i < runs; i++) {
          Path outDir = Specs.newOutputFolder("recordgen-cold");
          // Default JVM flags: neither heap nor stack is the user's to tune inside a build.
          Processes.Run run =
              Processes.run(
                  List.of(
                      java(),
                      "-cp",
                      jar(),
                      Cold.class.getName(),
                      tool.label(),
                      file.toString(),
                      outDir.toString()));
          times[i] = run.millis();
          peaks[i] = run.peakKib();
          Tools.delete(outDir);
        }
        double[] medians = {Processes.median(times), Processes.median(peaks)};
        byTool.put(tool.label(), medians);
        out.printf(
            Locale.ROOT,
            "  cold %-13s %-18s %,10.0f ms %,8.0f MiB%n",
            spec,
            tool.label(),
            medians[0],
            medians[1] / 1024);
      }
      result.put(spec, byTool);
    }
    return result;
  }

  // ---- generation, warm: JMH ----

  /** Spec, then tool, then mean and the half-width of JMH's 99.9% confidence interval. */
  private Map<String, Map<String, double[]>> warm() throws Exception {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(GenerationBench.class.getName())
            .param("spec", specs.toArray(String[]::new))
            .jvmArgsAppend(Specs.forkProperties())
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT);
    if (quick) {
      options.warmupIterations(3).measurementIterations(3);
    }
    Map<String, Map<String, double[]>> result = new LinkedHashMap<>();
    for (RunResult run : new Runner(options.build()).run()) {
      result
          .computeIfAbsent(run.getParams().getParam("spec"), s -> new LinkedHashMap<>())
          .put(
              run.getParams().getParam("tool"),
              new double[] {
                run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()
              });
    }
    return result;
  }

  private void generationTable(
      Map<String, Map<String, double[]>> cold, Map<String, Map<String, double[]>> warm) {
    line("## Generation (ms; OpenAPI Generator 7.25 java/native, Swagger Parser parse-only)");
    line("");
    line(
        "cold: a fresh `java` process per run, JVM start included, median of "
            + coldRuns
            + (coldRuns == 1 ? " run" : " runs")
            + ". warm: mean time per run in one JVM in steady state (JMH, time-boxed warm-up"
            + " and measurement iterations), with the 99.9% confidence interval. write-only:"
            + " writing Recordgen's files, rendered beforehand, which any generator of this"
            + " output pays. Output goes to "
            + Specs.outputRoot()
            + ".");
    line("");
    line(
        "| spec | run | Recordgen | OpenAPI Generator | Swagger Parser | write-only"
            + " | OAG / Recordgen (target: cold >= 4) | Recordgen / parser (target: cold <= 2)"
            + " | write-only / parser |");
    line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (String spec : specs) {
      Map<String, double[]> coldTimes = cold.get(spec);
      if (coldTimes != null) {
        generationRow(
            spec,
            "cold",
            new double[] {coldTimes.get("recordgen")[0], Double.NaN},
            new double[] {coldTimes.get("openapi-generator")[0], Double.NaN},
            new double[] {coldTimes.get("swagger-parser")[0], Double.NaN},
            null);
      }
      Map<String, double[]> warmTimes = warm.get(spec);
      if (warmTimes != null) {
        generationRow(
            spec,
            "warm",
            warmTimes.get("recordgen"),
            warmTimes.get("openapi-generator"),
            warmTimes.get("swagger-parser"),
            warmTimes.get(GenerationBench.WRITE_ONLY));
      }
    }
    line("");
  }

  private void generationRow(
      String spec,
      String run,
      double[] recordgen,
      double[] oag,
      double[] parser,
      double @Nullable [] writeOnly) {
    double speedup = oag[0] / recordgen[0];
    double overParser = recordgen[0] / parser[0];
    boolean cold = run.equals("cold");
    line(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s | %s | %s | %s | %s |",
            spec,
            run,
            millis(recordgen),
            millis(oag),
            millis(parser),
            writeOnly == null ? "" : millis(writeOnly),
            cold
                ? String.format(
                    Locale.ROOT, "%.1fx (>= 4: %s)", speedup, speedup >= 4 ? "met" : "missed")
                : String.format(Locale.ROOT, "%.1fx", speedup),
            cold
                ? String.format(
                    Locale.ROOT, "%.2fx (<= 2: %s)", overParser, overParser <= 2 ? "met" : "missed")
                : String.format(Locale.ROOT, "%.2fx", overParser),
            writeOnly == null
                ? ""
                : String.format(Locale.ROOT, "%.2fx", writeOnly[0] / parser[0])));
  }

  private void memoryTable(Map<String, Map<String, double[]>> cold) {
    line("## Peak memory of a cold generation (MiB; the process's VmHWM at exit, default flags)");
    line("");
    line(
        "| spec | Recordgen | OpenAPI Generator | Swagger Parser | Recordgen / parser (target"
            + " <= 2) | OAG / Recordgen |");
    line("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Map<String, double[]>> entry : cold.entrySet()) {
      double ours = entry.getValue().get("recordgen")[1];
      double oag = entry.getValue().get("openapi-generator")[1];
      double parser = entry.getValue().get("swagger-parser")[1];
      double ratio = ours / parser;
      line(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %,.0f | %,.0f | %.2fx (%s) | %.2fx |",
              entry.getKey(),
              ours / 1024,
              oag / 1024,
              parser / 1024,
              ratio,
              ratio <= 2 ? "met" : "missed",
              oag / ours));
    }
    line("");
  }

  /** A time, with its error when there is one. */
  private static String millis(double[] time) {
    return Double.isNaN(time[1])
        ? String.format(Locale.ROOT, "%,.0f", time[0])
        : String.format(Locale.ROOT, "%,.0f ± %,.0f", time[0], time[1]);
  }

  // ---- generated code: lines and javac ----

  private void code() throws IOException {
    line(
        "## Generated code (lines of src/main/java; javac --release 17 in one JVM, median of"
            + " compiles after warm-up)");
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
      // Either output that compiles is timed in steady state; a single compile measures the JIT.
      if (a.millis() >= 0 || b.millis() >= 0) {
        long[] times = steadyJavac(a.millis() >= 0 ? ours : null, b.millis() >= 0 ? theirs : null);
        a = a.millis() >= 0 ? a.withMillis(times[0]) : a;
        b = b.millis() >= 0 ? b.withMillis(times[1]) : b;
      }
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

  /**
   * Medians of javac's time on two outputs (either may be null: it did not compile), compiled
   * alternately after warm-up rounds: one compile after another measures javac's JIT (the backup
   * client takes 1,650, 380, 500, 230 ... then about 120 ms).
   */
  private long[] steadyJavac(@Nullable Path ours, @Nullable Path theirs) {
    int warmUps = quick ? 2 : 8;
    int runs = quick ? 3 : 5;
    long budget = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    for (int i = 0; i < warmUps && System.nanoTime() < budget; i++) {
      compileIfAny(ours);
      compileIfAny(theirs);
    }
    double[] a = new double[runs];
    double[] b = new double[runs];
    for (int i = 0; i < runs; i++) {
      a[i] = compileIfAny(ours);
      b[i] = compileIfAny(theirs);
    }
    return new long[] {Math.round(Processes.median(a)), Math.round(Processes.median(b))};
  }

  private static long compileIfAny(@Nullable Path root) {
    return root == null ? -1 : Javac.compile(root).millis();
  }

  // ---- client ----

  private void client() throws Exception {
    Map<String, Double> trips = roundTrips();
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
    double ratio = trips.get("ratio");
    double build = scores.get("buildValidatedRequest")[0];
    line("## Client");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Round trips: %.0f rounds in one fresh JVM after a shared warm-up, each a block of"
                + " %.0f calls through the generated client and a block through the"
                + " hand-written call, back to back in alternating order; the ratio is the median"
                + " of the rounds' ratios (quartiles in brackets). CPU and allocation are the"
                + " calling thread's. The rest is JMH, average time.",
            trips.get("rounds"),
            trips.get("calls")));
    line("");
    line("| measurement | generated client | hand-written java.net.http + Jackson | target |");
    line("|---|---:|---:|---|");
    line(
        String.format(
            Locale.ROOT,
            "| createBackup round trip, generated / hand-written | %.3f [%.3f, %.3f] | 1 |"
                + " <= 1.05: %s |",
            ratio,
            trips.get("q1"),
            trips.get("q3"),
            ratio <= 1.05 ? "met" : "missed"));
    line(
        String.format(
            Locale.ROOT,
            "| time per round trip | %.1f µs | %.1f µs | |",
            trips.get("generatedMicros"),
            trips.get("handWrittenMicros")));
    line(
        String.format(
            Locale.ROOT,
            "| calling-thread CPU per round trip | %.1f µs | %.1f µs | |",
            trips.get("generatedCpuMicros"),
            trips.get("handWrittenCpuMicros")));
    line(
        String.format(
            Locale.ROOT,
            "| calling-thread allocation per round trip | %,.0f B | %,.0f B | |",
            trips.get("generatedBytes"),
            trips.get("handWrittenBytes")));
    line(
        String.format(
            Locale.ROOT,
            "| CreateBackupRequest with every check | %.0f ± %.0f ns | | <= 150 ns: %s |",
            build,
            scores.get("buildValidatedRequest")[1],
            build <= 150 ? "met" : "missed"));
    line(
        String.format(
            Locale.ROOT,
            "| decoding the 201 body | %.0f ± %.0f ns | | |",
            scores.get("decodeCreatedResponse")[0],
            scores.get("decodeCreatedResponse")[1]));
    line("");
    concurrency();
  }

  /** {@link ConcurrentCalls} in a fresh JVM: the async client against a blocking pool. */
  private void concurrency() throws IOException, InterruptedException {
    Map<String, Double> c = fresh(ConcurrentCalls.class, "1000", "200", quick ? "3" : "10");
    out.printf(Locale.ROOT, "  concurrent calls %s%n", c);
    line(
        String.format(
            Locale.ROOT,
            "Concurrency: %.0f createBackup calls issued at once, %.0f rounds after a warm-up"
                + " round, against a loopback server that answers each after %.0f ms without"
                + " holding a thread. Latency counts from when a call was issued, queueing"
                + " included; threads are the most alive at once that the client side started"
                + " (the blocking path's callers included), the runtime's own (its pools and the"
                + " JDK client's selector) in brackets. The rest are the JDK's: every public"
                + " HttpClient.sendAsync completes through CompletableFuture's default executor,"
                + " which on fewer than three cores starts a short-lived thread per task.",
            c.get("calls"),
            c.get("rounds"),
            c.get("delayMs")));
    line("");
    line("| path | p50 | p99 | wall per round | threads started | target |");
    line("|---|---:|---:|---:|---:|---|");
    line(
        String.format(
            Locale.ROOT,
            "| BackupsAsyncApi, all at once | %.1f ms | %.1f ms | %.0f ms | %.0f (%.0f) |"
                + " runtime's <= 16: %s |",
            c.get("asyncP50"),
            c.get("asyncP99"),
            c.get("asyncWall"),
            c.get("asyncThreads"),
            c.get("asyncRuntimeThreads"),
            c.get("asyncRuntimeThreads") <= 16 ? "met" : "missed"));
    line(
        String.format(
            Locale.ROOT,
            "| BackupsApi on a %.0f-thread pool | %.1f ms | %.1f ms | %.0f ms | %.0f | |",
            c.get("pool"),
            c.get("blockingP50"),
            c.get("blockingP99"),
            c.get("blockingWall"),
            c.get("blockingThreads")));
    line("");
  }

  /** Runs {@code main} of a class in a fresh JVM on this jar and reads its RESULT line. */
  private Map<String, Double> fresh(Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-cp", jar(), main.getName()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " failed: " + output);
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (String line : output.split("\\R")) {
      if (line.startsWith("RESULT ")) {
        for (String pair : line.substring(7).trim().split(" ")) {
          int equals = pair.indexOf('=');
          values.put(pair.substring(0, equals), Double.parseDouble(pair.substring(equals + 1)));
        }
      }
    }
    if (values.isEmpty()) {
      throw new IllegalStateException(main.getSimpleName() + " printed no result: " + output);
    }
    return values;
  }

  /** Runs {@link RoundTrips} in a fresh JVM and reads its result line. */
  private Map<String, Double> roundTrips() throws IOException, InterruptedException {
    Map<String, Double> values = fresh(RoundTrips.class, quick ? "10" : "40", quick ? "10" : "40");
    out.printf(Locale.ROOT, "  round trips %s%n", values);
    return values;
  }

  // ---- inside javac ----

  private void processor() throws IOException, InterruptedException {
    int runs = quick ? 1 : 3;
    line(
        "## Inside javac (javac in a fresh JVM with default flags, median of "
            + runs
            + "; the module's only source is `@GenerateClient` on the spec, against the same"
            + " client pre-generated and compiled with `-proc:none`)");
    line("");
    line(
        "| spec | with the processor ms | pre-generated ms | processor's share | ratio (target"
            + " <= 1.5) | peak MiB with / without |");
    line("|---|---:|---:|---:|---:|---:|");
    for (String spec : List.of("backup", "github")) {
      if (!specs.contains(spec)) {
        continue;
      }
      InsideJavac.Result result = InsideJavac.measure(spec, runs);
      out.printf(
          Locale.ROOT,
          "  javac %-8s %,10.0f ms with the processor, %,10.0f ms pre-generated%n",
          spec,
          result.withProcessor(),
          result.pregenerated());
      line(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %,.0f | %.0f%% | %.2fx (%s) | %,.0f / %,.0f |",
              spec,
              result.withProcessor(),
              result.pregenerated(),
              100 * (result.withProcessor() - result.pregenerated()) / result.withProcessor(),
              result.ratio(),
              result.ratio() <= 1.5 ? "met" : "missed",
              result.peakKib() / 1024,
              result.pregeneratedPeakKib() / 1024));
    }
    line("");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    return System.getProperty("java.class.path");
  }
}
