package io.recordgen.bench;

import javax.tools.ToolProvider;

/**
 * {@code javac} in a fresh JVM, as the {@code javac} launcher runs it, that reports its peak
 * memory when it is done: {@code PeakJavac <javac arguments>}.
 */
public final class PeakJavac {
  private PeakJavac() {}

  public static void main(String[] args) {
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args);
    Processes.printPeak();
    System.exit(status);
  }
}
