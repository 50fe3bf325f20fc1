package io.recordgen.runtime;

import java.time.Duration;

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
}
