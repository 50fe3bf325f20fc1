package io.recordgen.runtime;

import io.recordgen.runtime.internal.RuntimeThreads;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Waits between attempts and polls; tests inject one that only records the waits. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = duration -> java.util.concurrent.TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future that completes once {@code duration} has passed, holding no thread meanwhile; it
   * completes on the runtime's I/O threads. Asynchronous calls wait between attempts with it.
   */
  default CompletableFuture<Void> after(Duration duration) {
    return CompletableFuture.runAsync(
        () -> {}, RuntimeThreads.after(duration.toNanos(), RuntimeThreads.io()));
  }
}
