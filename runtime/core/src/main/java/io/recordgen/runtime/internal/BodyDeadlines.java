package io.recordgen.runtime.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Deadlines of bodies still arriving. One daemon thread sweeps them every {@value #SWEEP_MILLIS}
 * ms and expires the late ones; arming a deadline wakes no thread, which a timer per call would
 * on every request.
 */
final class BodyDeadlines {
  /** Something that ends when its deadline passes. */
  interface Expiring {
    /** The deadline passed: end, with a timeout. */
    void expire();
  }

  private static final long SWEEP_MILLIS = 25;

  private static final Map<Expiring, Long> ACTIVE = new ConcurrentHashMap<>();

  static {
    ScheduledThreadPoolExecutor sweeper =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "recordgen-body-deadlines");
              thread.setDaemon(true);
              return thread;
            });
    sweeper.scheduleAtFixedRate(
        BodyDeadlines::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
  }

  private BodyDeadlines() {}

  private static void sweep() {
    long now = System.nanoTime();
    for (Map.Entry<Expiring, Long> entry : ACTIVE.entrySet()) {
      if (now - entry.getValue() >= 0 && ACTIVE.remove(entry.getKey(), entry.getValue())) {
        entry.getKey().expire();
      }
    }
  }

  /** Expires {@code body} in {@code nanos} unless disarmed or armed again first. */
  static void arm(Expiring body, long nanos) {
    ACTIVE.put(body, System.nanoTime() + nanos);
  }

  /** Forgets the deadline of {@code body}. */
  static void disarm(Expiring body) {
    ACTIVE.remove(body);
  }
}
