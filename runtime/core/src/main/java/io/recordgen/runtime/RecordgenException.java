package io.recordgen.runtime;

/**
 * Root of every exception the runtime and generated code throw, so callers can catch one type.
 *
 * <p>Messages never contain credentials or values of fields marked sensitive.
 */
public abstract class RecordgenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static {
    io.recordgen.runtime.support.Internals.install(new RuntimeAccess());
  }

  protected RecordgenException(String message) {
    super(message);
  }

  protected RecordgenException(String message, Throwable cause) {
    super(message, cause);
  }
}
