package io.recordgen.runtime;

/**
 * The call's overall deadline passed (across attempts, including a body that arrives too slowly).
 * Not retryable: the caller's time budget is spent.
 */
public final class DeadlineExceededException extends TransportException {
  private static final long serialVersionUID = 1L;

  DeadlineExceededException(String message) {
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
