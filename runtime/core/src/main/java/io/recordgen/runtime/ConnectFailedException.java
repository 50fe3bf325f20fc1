package io.recordgen.runtime;

/**
 * No connection could be made (refused, unreachable, connect timeout, TLS failure before the
 * request): nothing was sent, so every request may be retried.
 */
public final class ConnectFailedException extends TransportException {
  private static final long serialVersionUID = 1L;

  ConnectFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public boolean mayHaveReachedServer() {
    return false;
  }
}
