package io.recordgen.runtime;

/**
 * Thrown before anything is sent when a request cannot be built safely: a header value with CR,
 * LF or NUL, a path parameter that would change the path's structure. The message names the
 * header or parameter, never its value.
 */
public final class InvalidRequestException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  InvalidRequestException(String message) {
    super(message);
  }
}
