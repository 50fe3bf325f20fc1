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

  /**
   * What a build prints of {@code all}: every error and warning, and the first {@code notes}
   * notes followed by one {@code RG090} note that counts the rest, unless {@code verbose}.
   * Compiling against a large spec would otherwise print every rename on every build.
   */
  public static List<Diagnostic> forPrinting(List<Diagnostic> all, boolean verbose, int notes) {
    if (verbose) {
      return all;
    }
    List<Diagnostic> printed = new ArrayList<>();
    int omitted = 0;
    int shown = 0;
    for (Diagnostic diagnostic : all) {
      if (diagnostic.severity() != Severity.NOTE) {
        printed.add(diagnostic);
      } else if (shown < notes) {
        printed.add(diagnostic);
        shown++;
      } else {
        omitted++;
      }
    }
    if (omitted > 0) {
      printed.add(
          new Diagnostic(
              Code.NOTES_OMITTED,
              "",
              omitted
                  + (omitted == 1 ? " more note" : " more notes")
                  + " not shown; the verbose option prints every one"));
    }
    return printed;
  }

  /** Everything recorded so far, in order. */
  public List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
