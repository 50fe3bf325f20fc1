package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.internal.RuntimeThreads;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.LocalServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a hostile server or hostile input can do to the runtime, and what it cannot. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.MethodSource(io.recordgen.runtime.testing.Codecs.ALL)
class HostileResponsesTest {
  @org.junit.jupiter.params.Parameter JsonCodec codec;

  private static final OperationSpec GET =
      OperationSpec.of("getItem", "GET", "/items/{item}").withSecurity("token");

  record Item(@JsonProperty("name") String name) {}

  record Counter(@JsonProperty("count") int count) {}

  record Anything(@JsonProperty("value") Object value) {}

  private LocalServer server;
  private ApiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    client =
        ApiClient.builder()
            .codec(codec)
            .endpoint(server.uri())
            .auth(StaticTokenAuth.of("s3cret"))
            .callTimeout(Duration.ofSeconds(10))
            .build();
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, "{\"name\":\"x\"}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCall.Builder<Item> call(String item) {
    return ApiCall.builder(GET, ResponseType.of(Item.class)).path("item", item);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nX-Injected: 1", "a\nb", "a\u0000b"})
  void controlCharactersInAHeaderParameterAreRefusedBeforeSending(String value) {
    assertThatThrownBy(() -> client.execute(call("i").header("X-Trace", value).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("X-Trace")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void controlCharactersInPathQueryAndCookieParametersTravelEncoded() {
    client.execute(
        call("a\r\nb\u0000").query("q", "x\r\ny").cookie("c", "v\r\nSet-Cookie: x").build());

    LocalServer.Received received = server.received().get(0);
    assertThat(received.rawPath()).isEqualTo("/items/a%0D%0Ab%00");
    assertThat(received.rawQuery()).isEqualTo("q=x%0D%0Ay");
    assertThat(received.header("Cookie")).isEqualTo("c=v%0D%0ASet-Cookie%3A%20x");
    assertThat(received.headers()).doesNotContainKey("Set-Cookie").doesNotContainKey("X-Injected");
  }

  @Test
  void aListInThePathAHeaderOrACookieTravelsAsOneCommaJoinedValue() {
    client.execute(
        ApiCall.builder(GET, ResponseType.none())
            .path("item", List.of("a", "b c"))
            .header("X-Ids", java.util.Arrays.asList("1", null, "2"))
            .cookie("c", List.of("x", "y"))
            .build());

    LocalServer.Received received = server.received().get(0);
    assertThat(received.rawPath()).isEqualTo("/items/a,b%20c");
    assertThat(received.header("X-Ids")).isEqualTo("1,2");
    assertThat(received.header("Cookie")).isEqualTo("c=x%2Cy");
  }

  @Test
  void aPathParameterThatIsASlashStaysOneSegment() {
    client.execute(call("../../admin").build());

    assertThat(server.received().get(0).rawPath()).isEqualTo("/items/..%2F..%2Fadmin");
  }

  @Test
  void jsonThatWouldLoseDataIsATypedError() {
    for (String json :
        List.of(
            "{\"count\": null}",
            "{\"count\": 1.5}",
            "{\"count\": 99999999999}",
            "{\"count\": 1, \"count\": 2}",
            "{\"count\": 1} {}")) {
      assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8), Counter.class))
          .as(json)
          .isInstanceOf(DecodingException.class);
    }
  }

  @Test
  void noClassIsEverLoadedByANameFromTheResponse() {
    Anything value =
        codec.decode(
            ("{\"value\": {\"@class\": \"java.lang.ProcessBuilder\","
                    + " \"command\": [\"touch\", \"/tmp/pwned\"]}, \"@type\": \"java.io.File\"}")
                .getBytes(StandardCharsets.UTF_8),
            Anything.class);
    Object array =
        codec.decode(
            "[\"java.lang.Runtime\", {\"x\": 1}]".getBytes(StandardCharsets.UTF_8), Object.class);

    assertThat(value.value()).isInstanceOf(Map.class);
    assertThat(array).isInstanceOf(List.class);
  }

  @Test
  void aRedirectToAnotherOriginIsNeitherFollowedNorGivenTheCredentials() throws IOException {
    try (LocalServer other = new LocalServer()) {
      other.handler((exchange, n) -> LocalServer.respond(exchange, 200, "{\"name\":\"stolen\"}"));
      server.handler(
          (exchange, n) -> {
            exchange.getResponseHeaders().set("Location", other.uri() + "items/i");
            LocalServer.respond(exchange, 307, "");
          });

      assertThatThrownBy(() -> client.execute(call("i").build()))
          .isInstanceOfSatisfying(
              UnexpectedStatusException.class, e -> assertThat(e.status()).isEqualTo(307));
      assertThat(other.requestCount()).isZero();
      assertThat(server.received().get(0).header("X-Auth-Token")).isEqualTo("s3cret");
    }
  }

  @Test
  void aThousandCallsWhileHalfTheConnectionsAreResetEachEndTyped() throws Exception {
    ExecutorService callbacks = Executors.newFixedThreadPool(4);
    try (ResettingServer resetting = new ResettingServer()) {
      ApiClient flaky =
          Internals.time(ApiClient.builder(), java.time.Clock.systemUTC(), duration -> {})
              .executor(callbacks)
              .endpoint(java.net.URI.create("http://127.0.0.1:" + resetting.port() + "/"))
              .auth(StaticTokenAuth.of("t"))
              .callTimeout(Duration.ofSeconds(60))
              .build();
      List<CompletableFuture<Item>> calls = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        calls.add(
            flaky.executeAsync(
                ApiCall.builder(GET, ResponseType.of(Item.class)).path("item", "i" + i).build()));
      }
      int ok = 0;
      int typed = 0;
      for (CompletableFuture<Item> call : calls) {
        try {
          assertThat(call.get(120, TimeUnit.SECONDS).name()).isEqualTo("ok");
          ok++;
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(TransportException.class);
          typed++;
        }
      }

      assertThat(ok + typed).isEqualTo(1_000);
      assertThat(ok).isGreaterThan(500); // GETs are retried after a reset
      assertThat(resetting.awaitNoneOpen(Duration.ofSeconds(30)))
          .as("connections still open at the server")
          .isZero();
      // Every callback has returned, and every I/O thread of the runtime is parked at a barrier
      // of the test's: none can be inside the runtime's code, unless it is stuck there.
      callbacks.shutdown();
      assertThat(callbacks.awaitTermination(30, TimeUnit.SECONDS)).as("callbacks end").isTrue();
      int ioThreads = RuntimeThreads.MAX_IO;
      CyclicBarrier parked = new CyclicBarrier(ioThreads + 1);
      CountDownLatch checked = new CountDownLatch(1);
      for (int i = 0; i < ioThreads; i++) {
        RuntimeThreads.io()
            .execute(
                () -> {
                  try {
                    parked.await(30, TimeUnit.SECONDS);
                    checked.await(30, TimeUnit.SECONDS);
                  } catch (Exception e) {
                    Thread.currentThread().interrupt();
                  }
                });
      }
      parked.await(30, TimeUnit.SECONDS);
      List<String> busy = threadsInsideTheRuntime();
      checked.countDown();
      assertThat(busy).as("threads still busy in the runtime").isEmpty();
    } finally {
      callbacks.shutdownNow();
    }
  }

  /** Threads whose stack is inside the runtime's code: none once every call has ended. */
  private static List<String> threadsInsideTheRuntime() {
    List<String> busy = new ArrayList<>();
    Thread.getAllStackTraces()
        .forEach(
            (thread, stack) -> {
              for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith("io.recordgen.runtime.")
                    && !frame.getClassName().contains("Test")) {
                  busy.add(thread.getName() + " at " + frame);
                  return;
                }
              }
            });
    return busy;
  }

  /**
   * A raw HTTP/1.1 server: every other connection is reset (RST, no response); the others get
   * a small JSON answer and are closed.
   */
  private static final class ResettingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final ExecutorService workers =
        Executors.newFixedThreadPool(
            32,
            task -> {
              Thread thread = new Thread(task, "resetting-server");
              thread.setDaemon(true);
              return thread;
            });
    private final AtomicInteger accepted = new AtomicInteger();
    private int open; // guarded by this

    ResettingServer() throws IOException {
      socket = new ServerSocket(0, 2_000, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::accept, "resetting-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    /** Waits until every accepted connection is closed, or the timeout; the count left. */
    synchronized int awaitNoneOpen(Duration timeout) throws InterruptedException {
      long end = System.nanoTime() + timeout.toNanos();
      while (open > 0 && System.nanoTime() < end) {
        TimeUnit.NANOSECONDS.timedWait(this, end - System.nanoTime());
      }
      return open;
    }

    private synchronized void opened() {
      open++;
    }

    private synchronized void closed() {
      open--;
      notifyAll();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          opened();
          int number = accepted.incrementAndGet();
          workers.execute(() -> serve(connection, number % 2 == 0));
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket connection, boolean reset) {
      try (connection) {
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // the request head; GETs have no body
        }
        if (reset) {
          connection.setSoLinger(true, 0); // close() now sends RST
          return;
        }
        byte[] body = "{\"name\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        OutputStream out = connection.getOutputStream();
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // the client went away: nothing to answer
      } finally {
        closed();
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      workers.shutdownNow();
    }
  }
}
