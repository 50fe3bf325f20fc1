package io.recordgen.bench;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.bench.backup.api.BackupsApi;
import io.recordgen.bench.backup.api.BackupsAsyncApi;
import io.recordgen.bench.backup.model.CreateBackupRequest;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.ApiClient;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many calls in flight at once, in a fresh JVM: {@code ConcurrentCalls <calls> <server delay ms>
 * <rounds>}. A loopback server answers every createBackup after a fixed delay without holding a
 * thread, so that all calls are in flight together; the generated asynchronous client sends
 * them all at once, and the blocking client sends them from a pool of 64 threads, as a service
 * without async would. Each call's latency counts from when it was issued (queueing included).
 * The threads the client side starts are sampled every 5 ms.
 *
 * <p>Prints one line, {@code RESULT} and {@code key=value} pairs, for {@link Bench}.
 */
public final class ConcurrentCalls {
  private static final int POOL = 64;

  private ConcurrentCalls() {}

  public static void main(String[] args) throws Exception {
    int calls = Integer.parseInt(args[0]);
    long delayMillis = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("server-timer"));
    ExecutorService serverThreads = Executors.newFixedThreadPool(4, daemon("server"));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    server.setExecutor(serverThreads);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          timer.schedule(
              () -> {
                try {
                  exchange.getResponseHeaders().add("Content-Type", "application/json");
                  exchange.sendResponseHeaders(201, RoundTripFixture.CREATED.length);
                  exchange.getResponseBody().write(RoundTripFixture.CREATED);
                } catch (java.io.IOException e) {
                  // the client went away
                } finally {
                  exchange.close();
                }
              },
              delayMillis,
              TimeUnit.MILLISECONDS);
        });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    CreateBackupRequest request =
        new CreateBackupRequest(RoundTripFixture.INSTANCE, "backup-1", "Manual backup");

    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    ApiClient client =
        ApiClient.builder().endpoint(endpoint).auth(StaticTokenAuth.of("token")).build();
    BackupsAsyncApi async = BackupsAsyncApi.create(client, RoundTripFixture.PROJECT);
    BackupsApi blocking = BackupsApi.create(client, RoundTripFixture.PROJECT);

    asyncRound(async, request, calls); // warm-up, not measured
    Sampler asyncThreads = new Sampler(before);
    double[] asyncLatency = new double[0];
    long asyncWall = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      asyncLatency = concat(asyncLatency, asyncRound(async, request, calls));
      asyncWall += System.nanoTime() - start;
    }
    int asyncPeak = asyncThreads.stop();
    System.err.println("async peak threads: " + asyncThreads.seen);
    int asyncRuntimePeak = asyncThreads.runtimePeak.get();

    ExecutorService pool = Executors.newFixedThreadPool(POOL, daemon("blocking-caller"));
    blockingRound(blocking, request, calls, pool); // warm-up, not measured
    Sampler blockingThreads = new Sampler(before);
    double[] blockingLatency = new double[0];
    long blockingWall = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      blockingLatency = concat(blockingLatency, blockingRound(blocking, request, calls, pool));
      blockingWall += System.nanoTime() - start;
    }
    int blockingPeak = blockingThreads.stop();
    Arrays.sort(asyncLatency);
    Arrays.sort(blockingLatency);
    System.out.printf(
        Locale.ROOT,
        "RESULT calls=%d delayMs=%d rounds=%d asyncP50=%.1f asyncP99=%.1f asyncWall=%.0f"
            + " asyncThreads=%d asyncRuntimeThreads=%d blockingP50=%.1f blockingP99=%.1f blockingWall=%.0f"
            + " blockingThreads=%d pool=%d%n",
        calls,
        delayMillis,
        rounds,
        RoundTrips.quantile(asyncLatency, 0.5),
        RoundTrips.quantile(asyncLatency, 0.99),
        asyncWall / 1e6 / rounds,
        asyncPeak,
        asyncRuntimePeak,
        RoundTrips.quantile(blockingLatency, 0.5),
        RoundTrips.quantile(blockingLatency, 0.99),
        blockingWall / 1e6 / rounds,
        blockingPeak,
        POOL);
    System.exit(0); // the JDK client's selector thread is not a daemon
  }

  /** Every call issued at once; the latency of each, in ms, from when it was issued. */
  private static double[] asyncRound(BackupsAsyncApi api, CreateBackupRequest request, int calls) {
    double[] latency = new double[calls];
    CompletableFuture<?>[] futures = new CompletableFuture<?>[calls];
    for (int i = 0; i < calls; i++) {
      int index = i;
      long start = System.nanoTime();
      futures[i] =
          api.createBackup(request)
              .whenComplete((r, e) -> latency[index] = (System.nanoTime() - start) / 1e6);
    }
    CompletableFuture.allOf(futures).join();
    return latency;
  }

  /** Every call submitted at once to the pool; latency from submission, queueing included. */
  private static double[] blockingRound(
      BackupsApi api, CreateBackupRequest request, int calls, ExecutorService pool)
      throws Exception {
    double[] latency = new double[calls];
    List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
    for (int i = 0; i < calls; i++) {
      int index = i;
      long start = System.nanoTime();
      futures.add(
          pool.submit(
              () -> {
                api.createBackup(request);
                latency[index] = (System.nanoTime() - start) / 1e6;
              }));
    }
    for (java.util.concurrent.Future<?> future : futures) {
      future.get();
    }
    return latency;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * The most threads alive at once that were not before the client was made, the server's left
   * out; the blocking path's callers are counted, since a blocking client needs them. The
   * runtime's own (its pools and the JDK client's selector) are counted apart from the JDK's:
   * every public {@code HttpClient.sendAsync} completes through {@code CompletableFuture}'s
   * default executor, which on fewer than three cores starts a short-lived thread per task.
   */
  private static final class Sampler {
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicInteger runtimePeak = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    Sampler(Set<Thread> before) {
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  int count = 0;
                  int runtime = 0;
                  for (Thread t : Thread.getAllStackTraces().keySet()) {
                    String name = t.getName();
                    if (!before.contains(t)
                        && !name.startsWith("server")
                        && !name.equals("sampler")) {
                      count++;
                      if (name.startsWith("recordgen-") || name.startsWith("HttpClient-")) {
                        runtime++;
                      }
                    }
                  }
                  runtimePeak.accumulateAndGet(runtime, Math::max);
                  if (count > peak.get()) {
                    seen = names(before);
                  }
                  peak.accumulateAndGet(count, Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "sampler");
      thread.setDaemon(true);
      thread.start();
    }

    private volatile String seen = "";

    private static String names(Set<Thread> before) {
      StringBuilder names = new StringBuilder();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (!before.contains(t) && !t.getName().startsWith("server")) {
          names.append(names.length() == 0 ? "" : ",").append(t.getName().replace(' ', '_'));
        }
      }
      return names.toString();
    }

    int stop() throws InterruptedException {
      running.set(false);
      thread.join();
      return peak.get();
    }
  }
}
