package io.recordgen.generator.diag;

import java.util.Objects;

/**
 * One problem found in a spec.
 *
 * @param code the stable code
 * @param pointer the JSON pointer (RFC 6901) of the spec element, {@code ""} for the document
 * @param message what is wrong, with context, for people
 */
public record Diagnostic(Code code, String pointer, String message) {

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** The severity, fixed by the code. */
  public Severity severity() {
    return code.severity();
  }

  /** Whether this diagnostic stops generation. */
  public boolean isError() {
    return code.severity() == Severity.ERROR;
  }

  /**
   * The one-line form every front end prints: {@code [RG010] #/paths/~1pets/get: message}.
   * Control characters from the spec are escaped so a message cannot forge further lines.
   */
  public String format() {
    return "[" + code.id() + "] #" + Text.printable(pointer) + ": " + Text.printable(message);
  }

  @Override
  public String toString() {
    return format();
  }
}
