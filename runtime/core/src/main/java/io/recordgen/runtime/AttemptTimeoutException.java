package io.recordgen.runtime;

/**
 * One attempt took longer than the per-attempt timeout. The server may have received and acted
 * on the request.
 */
public final class AttemptTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  AttemptTimeoutException(String message, Throwable cause) {
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
