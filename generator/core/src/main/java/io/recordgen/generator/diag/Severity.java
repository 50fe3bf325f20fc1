package io.recordgen.generator.diag;

/** How serious a diagnostic is. Any {@link #ERROR} means no file is generated. */
public enum Severity {
  /** The spec cannot be turned into code. */
  ERROR,
  /** Code is generated, but something was skipped or guessed. */
  WARNING,
  /** Information, such as a renamed identifier. */
  NOTE
}
