package io.recordgen.runtime;

/** The response body exceeded the client's maximum size; reading stopped at the limit. */
public final class ResponseTooLargeException extends TransportException {
  private static final long serialVersionUID = 1L;

  ResponseTooLargeException(String message) {
    super(message);
  }

  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public boolean mayHaveReachedServer() {
    return true;
  }
}
