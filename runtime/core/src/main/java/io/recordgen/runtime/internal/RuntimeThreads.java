package io.recordgen.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's own threads, shared by every client and started only when first needed; all are
 * daemon threads, and idle ones end after a minute.
 *
 * <ul>
 *   <li>{@link #io()}: the JDK client's executor and the continuations of asynchronous calls
 *       (interceptors, retries, decoding); nothing that runs there blocks;
 *   <li>{@link #callbacks()}: where asynchronous calls complete, so that a caller's callback that
 *       blocks (say, on a blocking call of its own) cannot starve the I/O threads; also where an
 *       interceptor that only blocks runs in an asynchronous call.
 * </ul>
 *
 * <p>With the JDK client's selector thread and the body-deadline sweeper, a client starts at most
 * {@link #MAX_IO} + {@link #CALLBACKS} + 2 threads however many calls are in flight.
 */
public final class RuntimeThreads {
  /** The most I/O threads: two per core, between 2 and 8. */
  public static final int MAX_IO =
      Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));

  /** The callback threads. */
  public static final int CALLBACKS = 4;

  private RuntimeThreads() {}

  /** The I/O pool. */
  public static ExecutorService io() {
    return Io.POOL;
  }

  /** The callback pool. */
  public static ExecutorService callbacks() {
    return Callbacks.POOL;
  }

  /** An executor that runs a task on {@code executor} once {@code nanos} have passed. */
  public static Executor after(long nanos, Executor executor) {
    return CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS, executor);
  }

  private static final class Io {
    static final ExecutorService POOL = pool("recordgen-io-", MAX_IO);
  }

  private static final class Callbacks {
    static final ExecutorService POOL = pool("recordgen-callback-", CALLBACKS);
  }

  private static ExecutorService pool(String prefix, int size) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            size,
            size,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, prefix + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
