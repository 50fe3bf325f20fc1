package io.recordgen.runtime;

/**
 * No usable HTTP response arrived: the connection failed, timed out, was reset, or the response
 * was too large. Subclasses say which; {@link #retryable()} says whether trying again may help and
 * {@link #mayHaveReachedServer()} whether a non-idempotent request may already have had effect.
 */
public abstract sealed class TransportException extends RecordgenException
    permits ConnectFailedException,
        AttemptTimeoutException,
        DeadlineExceededException,
        ConnectionResetException,
        ResponseTooLargeException,
        CallInterruptedException {
  private static final long serialVersionUID = 1L;

  TransportException(String message, Throwable cause) {
    super(message, cause);
  }

  TransportException(String message) {
    super(message);
  }

  /** Whether the failure is transient, so that the same request may succeed later. */
  public abstract boolean retryable();

  /**
   * Whether any byte of the request may have reached the server. When {@code false} the request
   * provably had no effect and even a POST can be sent again.
   */
  public abstract boolean mayHaveReachedServer();
}
