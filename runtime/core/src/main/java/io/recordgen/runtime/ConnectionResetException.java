package io.recordgen.runtime;

/**
 * The connection broke after the request started: reset, closed early, an empty or truncated
 * response. The server may have acted on the request.
 */
public final class ConnectionResetException extends TransportException {
  private static final long serialVersionUID = 1L;

  ConnectionResetException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public boolean mayHaveReachedServer() {
    return true;
  }
}
