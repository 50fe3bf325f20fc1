package io.recordgen.corpus;

import java.util.List;

/**
 * What happened to one spec.
 *
 * @param spec the file name
 * @param operations operations the spec holds
 * @param schemas component schemas the spec holds
 * @param files generated files
 * @param lines generated lines
 * @param warnings warnings the generator reported
 * @param generateMillis time to generate
 * @param compileMillis time to compile the output, 0 when nothing was compiled
 * @param outcome the verdict
 * @param details the diagnostics or compiler messages behind a verdict other than {@code OK}
 */
public record SpecResult(
    String spec,
    int operations,
    int schemas,
    int files,
    long lines,
    int warnings,
    long generateMillis,
    long compileMillis,
    Outcome outcome,
    List<String> details) {

  public SpecResult {
    details = List.copyOf(details);
  }

  /** The verdict on a spec. */
  public enum Outcome {
    /** Generated, and the output compiles with {@code -Werror}. */
    OK("ok"),
    /** Not generated: the generator reported located errors. */
    DIAGNOSED("diagnosed"),
    /** Generated, but the output does not compile: a Recordgen bug. */
    COMPILE_FAILED("javac failed"),
    /** An internal error ({@code RG099}): a Recordgen bug. */
    INTERNAL("internal error");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** How the table shows it. */
    public String label() {
      return label;
    }
  }
}
