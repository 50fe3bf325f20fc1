package io.recordgen.bench;

import java.nio.file.Path;

/**
 * One run in a fresh JVM: {@code Cold <tool> <spec file> <output folder>}. The parent measures
 * the whole process, JVM start included, as a user's build would see it; the child prints its
 * peak resident set last ({@link Processes}).
 */
public final class Cold {
  private Cold() {}

  public static void main(String[] args) throws Exception {
    Tools.of(args[0]).run(Path.of(args[1]), Path.of(args[2]));
    Processes.printPeak();
  }
}
