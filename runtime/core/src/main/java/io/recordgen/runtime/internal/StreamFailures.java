package io.recordgen.runtime.internal;

import io.recordgen.runtime.TransportException;
import io.recordgen.runtime.support.Internals;
import java.io.IOException;

/** What a failed read of a streamed body means, as the runtime's transport exceptions. */
public final class StreamFailures {
  private StreamFailures() {}

  /**
   * The exception for a read of a streamed body that failed.
   *
   * @param what the operation, for the message
   */
  public static TransportException of(String what, IOException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BoundedBodySubscriber.BodyTimeout) {
        return Internals.attemptTimeout(
            what + ": the server sent nothing for longer than the attempt timeout", failure);
      }
    }
    return Internals.connectionReset(
        what
            + ": the connection broke during the body ("
            + failure.getClass().getSimpleName()
            + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
            + ")",
        failure);
  }
}
