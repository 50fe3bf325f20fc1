package io.recordgen.runtime;

/** The calling thread was interrupted while waiting; the interrupt flag is set again. */
public final class CallInterruptedException extends TransportException {
  private static final long serialVersionUID = 1L;

  CallInterruptedException(String message, Throwable cause) {
    super(message, cause);
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
