package io.recordgen.bench;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The processor as a user meets it: javac in a fresh JVM ({@link PeakJavac}) on a module whose only
 * source is {@code @GenerateClient} on a spec, against {@code javac} on the same client
 * pre-generated. Both compile to class files, so the difference is what the processor costs
 * inside javac (reading, planning, rendering, and javac entering the generated files as new
 * sources).
 */
final class InsideJavac {
  /**
   * Medians of one spec, in milliseconds.
   *
   * @param withProcessor the module with {@code @GenerateClient} only
   * @param pregenerated the same client's sources compiled with {@code -proc:none}
   * @param peakKib the processor run's maximum resident set
   * @param pregeneratedPeakKib the pre-generated compile's maximum resident set
   */
  record Result(
      double withProcessor, double pregenerated, double peakKib, double pregeneratedPeakKib) {
    double ratio() {
      return withProcessor / pregenerated;
    }
  }

  private InsideJavac() {}

  static Result measure(String spec, int runs) throws IOException, InterruptedException {
    Path file = Specs.path(spec).toAbsolutePath();
    Path work = Specs.newOutputFolder("recordgen-processor");
    String packageName = "bench." + spec.replaceAll("[^a-z0-9]", "");
    Path sources = work.resolve("src");
    Path annotated = sources.resolve(packageName.replace('.', '/')).resolve("package-info.java");
    Files.createDirectories(annotated.getParent());
    Files.writeString(
        annotated,
        "@io.recordgen.runtime.GenerateClient(spec = \""
            + file.getFileName()
            + "\", packageName = \""
            + packageName
            + "\")\npackage "
            + packageName
            + ";\n");
    GenerationResult generated =
        Recordgen.generate(
            new SpecSource(
                file.getFileName().toString(), Files.readAllBytes(file), file.getParent()),
            GeneratorOptions.of(packageName));
    if (generated.hasErrors()) {
      throw new IllegalStateException("Recordgen refused " + spec + ": " + generated.errors());
    }
    Path pre = work.resolve("pre");
    List<String> preSources = new ArrayList<>();
    for (SourceFile source : generated.files()) {
      Path target = pre.resolve(source.relativePath());
      Files.createDirectories(target.getParent());
      Files.writeString(target, source.content(), StandardCharsets.UTF_8);
      preSources.add(target.toString());
    }
    Path argFile = work.resolve("pregenerated.args");
    Files.write(argFile, preSources, StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    List<String> withProcessor =
        List.of(
            java,
            "-cp",
            classPath,
            PeakJavac.class.getName(),
            "--release",
            "17",
            "-d",
            work.resolve("a").toString(),
            "-cp",
            classPath,
            "-processorpath",
            classPath,
            "-processor",
            "io.recordgen.processor.RecordgenProcessor",
            "-Arecordgen.specRoot=" + file.getParent(),
            annotated.toString());
    List<String> pregenerated =
        List.of(
            java,
            "-cp",
            classPath,
            PeakJavac.class.getName(),
            "--release",
            "17",
            "-d",
            work.resolve("b").toString(),
            "-cp",
            classPath,
            "-proc:none",
            "@" + argFile);
    double[] a = new double[runs];
    double[] b = new double[runs];
    double[] peakA = new double[runs];
    double[] peakB = new double[runs];
    for (int i = 0; i < runs; i++) {
      Processes.Run first = Processes.run(withProcessor);
      Processes.Run second = Processes.run(pregenerated);
      a[i] = first.millis();
      b[i] = second.millis();
      peakA[i] = first.peakKib();
      peakB[i] = second.peakKib();
    }
    Tools.delete(work);
    return new Result(
        Processes.median(a), Processes.median(b), Processes.median(peakA), Processes.median(peakB));
  }
}
