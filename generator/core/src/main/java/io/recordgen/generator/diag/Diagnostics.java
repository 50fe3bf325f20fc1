package io.recordgen.generator.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects diagnostics during one generation run. Not thread-safe: one run, one collector.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();
  private int errors;
  private UnaryOperator<Diagnostic> translator = UnaryOperator.identity();
  private final boolean strict;

  /** A collector that tolerates the defects with one safe reading, as warnings. */
  public Diagnostics() {
    this(false);
  }

  private Diagnostics(boolean strict) {
    this.strict = strict;
  }

  /** A fresh collector as strict as this one, for a stage whose findings may be discarded. */
  public Diagnostics sibling() {
    return new Diagnostics(strict);
  }

  /** A collector that reports every defect as an error, the strict option. */
  public static Diagnostics strict() {
    return new Diagnostics(true);
  }

  /**
   * Records a defect of the spec that has one safe reading: in strict mode an error with {@code
   * strictCode}; otherwise the {@link Code#SPEC_DEFECT} warning, which says the fallback taken.
   *
   * @return whether the fallback applies (the caller goes on with it)
   */
  public boolean defect(Code strictCode, String pointer, String message, String fallback) {
    if (strict) {
      report(strictCode, pointer, message);
      return false;
    }
    report(Code.SPEC_DEFECT, pointer, message + "; " + fallback);
    return true;
  }

  /**
   * Rewrites every diagnostic recorded from now on, such as one whose pointer names a place in a
   * converted document, to name the place in the document the user wrote.
   */
  public void translateWith(UnaryOperator<Diagnostic> value) {
    this.translator = value;
  }

  /** Records a diagnostic with the code's severity. */
  public void report(Code code, String pointer, String message) {
    add(new Diagnostic(code, pointer, message));
  }

  /** Records a diagnostic. */
  public void add(Diagnostic recorded) {
    Diagnostic diagnostic = translator.apply(recorded);
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
