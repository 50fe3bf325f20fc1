package io.recordgen.runtime;

/**
 * A body could not be turned into the expected type: not JSON, truncated, a wrong type, a value
 * that would be silently changed (a float for an integer, a duplicate key), or a value that
 * breaks the schema's constraints ({@link #getCause()} is then a {@link
 * ConstraintViolationException}). The message locates the problem but never quotes the body.
 */
public final class DecodingException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  public DecodingException(String message, Throwable cause) {
    super(message, cause);
  }

  public DecodingException(String message) {
    super(message);
  }
}
