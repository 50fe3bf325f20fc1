package io.recordgen.bench;

import io.recordgen.generator.emit.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm generation: each tool on each spec in one JVM, in steady state, from the spec file to
 * files written in a temporary folder (Swagger Parser: to its model). {@code write-only} writes
 * Recordgen's files, rendered once beforehand: the floor that any generator writing this output
 * pays, whatever it does before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Time-boxed iterations, not single shots: each tool runs as often as its speed allows, so a fast
// one is as warm as a slow one. Swagger Parser alone on GitHub's spec takes 50 ms or 500 ms per
// parse, flipping between the two for its first 20-30 s, then settles near 65 ms; ten single
// shots (the earlier method) measured anywhere in between.
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g", "-Xss8m"})
public class GenerationBench {
  /** The tool parameter that writes pre-rendered files only. */
  static final String WRITE_ONLY = "write-only";

  @Param({"backup"})
  public String spec;

  @Param({"recordgen", "openapi-generator", "swagger-parser", WRITE_ONLY})
  public String tool;

  private Path file;
  private @Nullable List<SourceFile> rendered;
  private Path out;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    file = Specs.path(spec);
    rendered = tool.equals(WRITE_ONLY) ? Tools.generate(file) : null;
  }

  @Setup(Level.Invocation)
  public void freshFolder() {
    out = Specs.newOutputFolder("recordgen-bench");
  }

  @TearDown(Level.Invocation)
  public void removeFolder() {
    Tools.delete(out);
  }

  @Benchmark
  public int generate() throws IOException {
    List<SourceFile> files = rendered;
    return files != null ? Tools.write(files, out) : Tools.of(tool).run(file, out);
  }
}
