package io.recordgen.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The round-trip comparison, in a fresh JVM: {@code RoundTrips <warm-up seconds> <rounds>}.
 *
 * <p>Each round times a block of calls through the generated client and a block through the
 * hand-written call, back to back and in alternating order, and keeps their ratio; the result is
 * the median ratio with its quartiles. A loopback round trip on a small VM drifts by 10-20% from
 * one JVM, or one minute, to the next, which JMH's separate forks per benchmark turned into
 * ratios from 0.80 to 1.11 for the same code; paired blocks see the same drift on both sides.
 * Calling-thread CPU time and allocation per call show the client's own work, which the wall
 * time mostly hides behind the network stack and the server.
 *
 * <p>Prints one line, {@code RESULT} and {@code key=value} pairs, for {@link Bench}.
 */
public final class RoundTrips {
  private static final int CALLS_PER_BLOCK = 1000;

  private RoundTrips() {}

  /** What one block measured, per call. */
  private record Block(double micros, double cpuMicros, double bytes) {}

  public static void main(String[] args) throws Exception {
    long warmUpNanos = Long.parseLong(args[0]) * 1_000_000_000L;
    int rounds = Integer.parseInt(args[1]);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (RoundTripFixture fixture = new RoundTripFixture()) {
      // Both paths share the JDK client, Jackson and the server: warm them up together until
      // the time per call stops falling (about 30 s on this kind of machine).
      long end = System.nanoTime() + warmUpNanos;
      for (int round = 0; System.nanoTime() < end; round++) {
        block(fixture, round % 2 == 0, threads);
      }
      double[] ratios = new double[rounds];
      double[] generated = new double[3];
      double[] handWritten = new double[3];
      for (int round = 0; round < rounds; round++) {
        boolean generatedFirst = round % 2 == 0;
        Block first = block(fixture, generatedFirst, threads);
        Block second = block(fixture, !generatedFirst, threads);
        Block g = generatedFirst ? first : second;
        Block h = generatedFirst ? second : first;
        ratios[round] = g.micros() / h.micros();
        add(generated, g);
        add(handWritten, h);
      }
      Arrays.sort(ratios);
      System.out.printf(
          Locale.ROOT,
          "RESULT ratio=%.4f q1=%.4f q3=%.4f generatedMicros=%.2f handWrittenMicros=%.2f"
              + " generatedCpuMicros=%.2f handWrittenCpuMicros=%.2f generatedBytes=%.0f"
              + " handWrittenBytes=%.0f rounds=%d calls=%d%n",
          quantile(ratios, 0.5),
          quantile(ratios, 0.25),
          quantile(ratios, 0.75),
          generated[0] / rounds,
          handWritten[0] / rounds,
          generated[1] / rounds,
          handWritten[1] / rounds,
          generated[2] / rounds,
          handWritten[2] / rounds,
          rounds,
          CALLS_PER_BLOCK);
    }
    System.exit(0); // the JDK client's selector thread is not a daemon
  }

  private static Block block(
      RoundTripFixture fixture, boolean generated, com.sun.management.ThreadMXBean threads)
      throws Exception {
    long thread = Thread.currentThread().getId();
    long cpu = threads.getCurrentThreadCpuTime();
    long allocated = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    for (int i = 0; i < CALLS_PER_BLOCK; i++) {
      if (generated) {
        fixture.generated();
      } else {
        fixture.handWritten();
      }
    }
    long wall = System.nanoTime() - start;
    return new Block(
        wall / 1e3 / CALLS_PER_BLOCK,
        (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / CALLS_PER_BLOCK,
        (double) (threads.getThreadAllocatedBytes(thread) - allocated) / CALLS_PER_BLOCK);
  }

  private static void add(double[] sums, Block block) {
    sums[0] += block.micros();
    sums[1] += block.cpuMicros();
    sums[2] += block.bytes();
  }

  /** Linear interpolation between the closest ranks of sorted values. */
  static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  }
}
