package io.recordgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fresh processes, timed from the parent and with their peak memory: each child prints its
 * maximum resident set ({@code VmHWM} of {@code /proc/self/status}) as its last act, and the
 * parent reads it from the output.
 */
final class Processes {
  private static final String MARKER = "recordgen-bench-peak-kib ";

  /**
   * One finished run.
   *
   * @param millis wall time, JVM start included
   * @param peakKib the child's maximum resident set, or NaN where the platform has no {@code
   *     /proc}
   */
  record Run(double millis, double peakKib) {}

  private Processes() {}

  /** Runs {@code command} to its end; throws with its output when it fails. */
  static Run run(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command.subList(0, Math.min(command.size(), 6)))
              + " ... failed:\n"
              + output.substring(Math.max(0, output.length() - 4000)));
    }
    double millis = (System.nanoTime() - start) / 1e6;
    double peak = Double.NaN;
    for (String line : output.split("\n")) {
      if (line.startsWith(MARKER)) {
        peak = Double.parseDouble(line.substring(MARKER.length()).trim());
      }
    }
    return new Run(millis, peak);
  }

  /** Prints this process's peak resident set for the parent; call it last. */
  static void printPeak() {
    long kib = peakKib();
    if (kib >= 0) {
      System.out.println(MARKER + kib);
      System.out.flush();
    }
  }

  /** {@code VmHWM} in KiB, or -1 where there is no {@code /proc/self/status}. */
  static long peakKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
