package io.recordgen.generator.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics during one generation run. Not thread-safe: one run, one collector.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();
  private int errors;

  /** Records a diagnostic with the code's severity. */
  public void report(Code code, String pointer, String message) {
    add(new Diagnostic(code, pointer, message));
  }

  /** Records a diagnostic. */
  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
    if (diagnostic.isError()) {
      errors++;
    }
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** Everything recorded so far, in order. */
  public List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
