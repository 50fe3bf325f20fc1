package io.recordgen.runtime.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What the links of one asynchronous call share: whether the caller cancelled it, how to abort
 * the attempt in flight, and where blocking interceptors run.
 */
public final class AsyncCall {
  private final Executor blocking;
  private final AtomicReference<@Nullable Runnable> abort = new AtomicReference<>();
  private volatile boolean cancelled;

  /**
   * A call in flight.
   *
   * @param blocking where an interceptor that only blocks runs
   */
  public AsyncCall(Executor blocking) {
    this.blocking = blocking;
  }

  /** Where an interceptor that only blocks runs. */
  Executor blocking() {
    return blocking;
  }

  /** Whether the caller cancelled the call. */
  public boolean cancelled() {
    return cancelled;
  }

  /** Stops the call: the attempt in flight is aborted, and no further attempt starts. */
  public void cancel() {
    cancelled = true;
    Runnable running = abort.getAndSet(null);
    if (running != null) {
      running.run();
    }
  }

  /**
   * Registers how to abort the attempt that starts now; when the call is already cancelled, it
   * runs at once.
   */
  void onCancel(Runnable action) {
    abort.set(action);
    if (cancelled && abort.compareAndSet(action, null)) {
      action.run();
    }
  }

  /** Forgets an attempt's abort action once the attempt is over. */
  void done(Runnable action) {
    abort.compareAndSet(action, null);
  }

  /** The failure of a link started after the caller cancelled. */
  static CancellationException cancellation(String what) {
    return new CancellationException(what + ": cancelled");
  }
}
