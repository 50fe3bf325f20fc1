package io.recordgen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Warm generation: each tool on each spec, in one JVM after warm-up iterations, from the spec
 * file to files written in a temporary folder (Swagger Parser: to its model).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Rendering GitHub's spec takes 4.5 s, 2.3 s, 2.0 s, 1.5 s, 1.4 s, 1.1 s, 1.0 s, then 0.85 s
// from the first iteration on: fewer than ten warm-ups measure the JIT, not the generator.
@Warmup(iterations = 10)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g", "-Xss8m"})
public class GenerationBench {
  @Param({"backup"})
  public String spec;

  @Param({"recordgen", "openapi-generator", "swagger-parser"})
  public String tool;

  private Path file;
  private Path out;

  @Setup(Level.Trial)
  public void findSpec() {
    file = Specs.path(spec);
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
    return Tools.of(tool).run(file, out);
  }
}
