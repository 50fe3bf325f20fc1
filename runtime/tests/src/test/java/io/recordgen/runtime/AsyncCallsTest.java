package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.FakeTime;
import io.recordgen.runtime.testing.LocalServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Asynchronous calls on a real loopback server: no thread per call in flight, waits scheduled
 * rather than slept, cancellation that reaches the connection and the retries still to come, and
 * a deadline that counts from the call.
 */
@Timeout(60)
class AsyncCallsTest {
  private static final OperationSpec CREATE =
      OperationSpec.of("createBackup", "POST", "/v3/{p}/backups/create");
  private static final OperationSpec LIST =
      OperationSpec.of("listBackups", "GET", "/v3/{p}/backups");
  private static final OperationSpec KEYED =
      OperationSpec.of("createBackup", "POST", "/v3/{p}/backups/create")
          .withIdempotencyKey("Idempotency-Key");

  record Body(String name) {}

  private final List<AutoCloseable> resources = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  private LocalServer server(int backlog) throws IOException {
    LocalServer server = new LocalServer(backlog);
    resources.add(server);
    return server;
  }

  private static ApiCall<Body> call(OperationSpec operation) {
    ApiCall.Builder<Body> call =
        ApiCall.builder(operation, ResponseType.of(Body.class)).path("p", "project");
    if (operation.method().equals("POST")) {
      call.body(new Body("nightly"));
    }
    return call.build();
  }

  @Test
  void aThousandConcurrentCallsRunOnAFewRuntimeThreads() throws Exception {
    LocalServer server = server(2048);
    CountDownLatch allArrived = new CountDownLatch(1000);
    server.handler(
        (exchange, n) -> {
          allArrived.countDown();
          server.later(
              exchange,
              Duration.ofMillis(300),
              (late, m) -> LocalServer.respond(late, 200, "{\"name\":\"b" + m + "\"}"),
              n);
        });
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    ApiClient client = ApiClient.builder().endpoint(server.uri()).build();
    List<CompletableFuture<ApiResponse<Body>>> calls = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      calls.add(client.exchangeAsync(call(LIST), CallOptions.none()));
    }
    // Every request reaches the server before the first answer: all 1,000 are in flight at once,
    // and the threads counted now are those that carry them.
    assertThat(allArrived.await(30, TimeUnit.SECONDS)).isTrue();
    int inFlight = started(before).size();
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    int peak = Math.max(inFlight, started(before).size());

    assertThat(calls).allSatisfy(c -> assertThat(c.join().status()).isEqualTo(200));
    Set<String> names =
        started(before).stream()
            .map(Thread::getName)
            .collect(Collectors.toCollection(HashSet::new));
    assertThat(peak).as("threads started for the calls: %s", names).isLessThanOrEqualTo(16);
  }

  /**
   * The runtime's threads alive now that were not before: its pools and the JDK client's
   * selector. Left out are the server's, the test's, and the JDK's own: every public {@code
   * HttpClient.sendAsync} completes through {@code CompletableFuture}'s default executor, which
   * on a machine of fewer than three cores starts a short-lived thread per completion.
   */
  private static List<Thread> started(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t))
        .filter(t -> t.getName().startsWith("recordgen-") || t.getName().startsWith("HttpClient-"))
        .toList();
  }

  @Test
  void cancellingAbortsTheExchangeInFlight() throws Exception {
    // A raw server, to see the connection close: the first attempt gets 503 and the connection
    // is closed, so the retry comes on a second connection, which is read and never answered.
    ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    resources.add(listener);
    AtomicInteger connections = new AtomicInteger();
    CountDownLatch retryRead = new CountDownLatch(1);
    CountDownLatch closedByClient = new CountDownLatch(1);
    ExecutorService acceptor = Executors.newCachedThreadPool();
    resources.add(acceptor::shutdownNow);
    acceptor.execute(
        () -> {
          while (!listener.isClosed()) {
            try {
              Socket socket = listener.accept();
              int n = connections.incrementAndGet();
              acceptor.execute(
                  () -> {
                    if (n == 1) {
                      unavailable(socket);
                    } else {
                      holdOpen(socket, retryRead, closedByClient);
                    }
                  });
            } catch (IOException e) {
              return;
            }
          }
        });
    ApiClient client =
        ApiClient.builder()
            .endpoint("http://127.0.0.1:" + listener.getLocalPort())
            .attemptTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO))
            .build();

    CompletableFuture<ApiResponse<Body>> future =
        client.exchangeAsync(call(LIST), CallOptions.none());
    assertThat(retryRead.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(future.cancel(true)).isTrue();

    assertThat(closedByClient.await(10, TimeUnit.SECONDS))
        .as("the server sees the connection of the attempt in flight closed")
        .isTrue();
    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    assertThat(connections.get()).as("no further attempt").isEqualTo(2);
  }

  private static void holdOpen(Socket socket, CountDownLatch requestRead, CountDownLatch closed) {
    try (socket;
        InputStream in = socket.getInputStream()) {
      byte[] buffer = new byte[8192];
      StringBuilder head = new StringBuilder();
      int read;
      while ((read = in.read(buffer)) >= 0) {
        head.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
        if (head.indexOf("\r\n\r\n") >= 0) {
          requestRead.countDown();
        }
      }
      closed.countDown(); // end of stream: the client closed its side
    } catch (IOException e) {
      closed.countDown(); // reset by the client
    }
  }

  private static void unavailable(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      byte[] buffer = new byte[8192];
      int read;
      while (head.indexOf("\r\n\r\n") < 0 && (read = in.read(buffer)) >= 0) {
        head.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
      }
      socket
          .getOutputStream()
          .write(
              ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 2\r\nConnection: close\r\n\r\n{}")
                  .getBytes(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      // the client went away
    }
  }

  @Test
  void cancellingDuringTheWaitBeforeARetryStopsTheRetry() throws Exception {
    LocalServer server = server(256);
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));
    ManualSleeper waits = new ManualSleeper();
    AtomicInteger attempts = new AtomicInteger();
    ApiClient client =
        Internals.time(ApiClient.builder(), java.time.Clock.systemUTC(), waits)
            .endpoint(server.uri())
            .addAttemptInterceptor(
                (io.recordgen.runtime.http.RequestInterceptor)
                    request -> {
                      attempts.incrementAndGet();
                      return request;
                    })
            .build();

    CompletableFuture<ApiResponse<Body>> future =
        client.exchangeAsync(call(LIST), CallOptions.none());
    CompletableFuture<Void> backoff = waits.next();
    assertThat(backoff).as("the client waits before the retry").isNotNull();
    assertThat(attempts).hasValue(1);
    future.cancel(true);
    // The wait ends on this thread: the retry, if any, would be sent before complete() returns.
    backoff.complete(null);

    assertThat(attempts).as("no attempt after the cancel").hasValue(1);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
  }

  /** Waits that end only when the test ends them, handed out in the order they are asked for. */
  private static final class ManualSleeper implements Sleeper {
    private final java.util.concurrent.LinkedBlockingQueue<CompletableFuture<Void>> asked =
        new java.util.concurrent.LinkedBlockingQueue<>();

    @Override
    public void sleep(Duration duration) {
      throw new AssertionError("an asynchronous call must not sleep");
    }

    @Override
    public CompletableFuture<Void> after(Duration duration) {
      CompletableFuture<Void> wait = new CompletableFuture<>();
      asked.add(wait);
      return wait;
    }

    /** The next wait the client asks for, once it asks (within 10 s), or {@code null}. */
    @org.jspecify.annotations.Nullable
    CompletableFuture<Void> next() throws InterruptedException {
      return asked.poll(10, TimeUnit.SECONDS);
    }
  }

  /** Jitter that always picks the ceiling. */
  private static final class FixedJitter implements java.util.random.RandomGenerator {
    @Override
    public long nextLong() {
      return Long.MAX_VALUE;
    }

    @Override
    public long nextLong(long bound) {
      return bound - 1;
    }
  }

  @Test
  void theDeadlineCountsFromTheCallNotFromWhenAThreadPicksItUp() throws Exception {
    LocalServer server = server(256);
    ExecutorService single = Executors.newSingleThreadExecutor();
    resources.add(single::shutdownNow);
    CountDownLatch release = new CountDownLatch(1);
    single.execute(
        () -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    // An interceptor that only blocks runs on the executor, which is busy: the call queues.
    Interceptor blocking = chain -> chain.proceed(chain.request());
    FakeTime time = FakeTime.at("2026-12-02T10:00:00Z");
    ApiClient client =
        Internals.time(ApiClient.builder(), time, time)
            .endpoint(server.uri())
            .executor(single)
            .addInterceptor(blocking)
            .build();

    CompletableFuture<ApiResponse<Body>> future =
        client.exchangeAsync(
            call(LIST), CallOptions.builder().timeout(Duration.ofMillis(200)).build());
    time.advance(Duration.ofMillis(400)); // the call waits in the queue past its deadline
    release.countDown();

    assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(DeadlineExceededException.class);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void aPostWithADeclaredKeyIsRetriedWithTheSameKey() throws Exception {
    LocalServer server = server(256);
    server.handler(
        (exchange, n) -> LocalServer.respond(exchange, n == 1 ? 503 : 200, "{\"name\":\"b\"}"));
    FakeTime time = FakeTime.at("2026-12-02T10:00:00Z");
    ApiClient client =
        Internals.jitter(Internals.time(ApiClient.builder(), time, time), new FixedJitter())
            .endpoint(server.uri())
            .build();

    ApiResponse<Body> response =
        client.exchangeAsync(call(KEYED), CallOptions.none()).get(10, TimeUnit.SECONDS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(server.received()).hasSize(2);
    String key = server.received().get(0).header("Idempotency-Key");
    assertThat(key).isNotBlank();
    assertThat(server.received().get(1).header("Idempotency-Key")).isEqualTo(key);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void aPostWithoutAKeyIsNeverSentTwice() throws Exception {
    LocalServer server = server(256);
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));
    FakeTime time = FakeTime.at("2026-12-02T10:00:00Z");
    ApiClient client =
        Internals.time(ApiClient.builder(), time, time).endpoint(server.uri()).build();

    CompletableFuture<ApiResponse<Body>> future =
        client.exchangeAsync(call(CREATE), CallOptions.none());

    assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aFailureArrivesAsTheBlockingPathsException() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    FakeTime time = FakeTime.at("2026-12-02T10:00:00Z");
    ApiClient client =
        Internals.time(ApiClient.builder(), time, time)
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .build();

    assertThatThrownBy(() -> client.executeAsync(call(LIST)).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ConnectFailedException.class);
    assertThat(time.sleeps()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
  }

  @Test
  void anInvalidRequestFailsTheFutureRatherThanThrowing() {
    ApiClient client = ApiClient.builder().endpoint("http://127.0.0.1:9").build();
    ApiCall<Body> empty = ApiCall.builder(LIST, ResponseType.of(Body.class)).path("p", "").build();

    CompletableFuture<ApiResponse<Body>> future = client.exchangeAsync(empty, CallOptions.none());

    assertThatThrownBy(future::join).hasCauseInstanceOf(InvalidRequestException.class);
  }
}
