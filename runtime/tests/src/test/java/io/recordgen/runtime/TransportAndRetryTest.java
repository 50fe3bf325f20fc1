package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.FakeTime;
import io.recordgen.runtime.testing.LocalServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults on a real loopback server, each ending in its documented typed outcome; the server
 * counts requests so that a POST is provably never sent twice except where the policy says so.
 * Backoff waits go to a fake sleeper: no test sleeps.
 */
class TransportAndRetryTest {
  private static final OperationSpec CREATE =
      OperationSpec.of("createBackup", "POST", "/v3/{p}/backups/create");
  private static final OperationSpec LIST =
      OperationSpec.of("listBackups", "GET", "/v3/{p}/backups");

  record Body(String name) {}

  private LocalServer server;
  private FakeTime time;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    time = FakeTime.at("2026-11-26T10:00:00Z");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A client on the fake clock: backoff is recorded, not slept. */
  private ApiClient client(URI endpoint) {
    return Internals.jitter(Internals.time(ApiClient.builder(), time, time), maxJitter())
        .endpoint(endpoint)
        .callTimeout(Duration.ofSeconds(60))
        .build();
  }

  /** Jitter that always picks the ceiling, so backoff waits are predictable. */
  private static RandomGenerator maxJitter() {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return Long.MAX_VALUE;
      }

      @Override
      public long nextLong(long bound) {
        return bound - 1;
      }
    };
  }

  private static ApiCall<Body> call(OperationSpec operation) {
    ApiCall.Builder<Body> call =
        ApiCall.builder(operation, ResponseType.of(Body.class)).path("p", "project");
    if (operation.method().equals("POST")) {
      call.body(new Body("backup-1"));
    }
    return call.build();
  }

  @Test
  void connectionRefusedIsRetriedEvenForAPostBecauseNothingWasSent() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    AtomicInteger attempts = new AtomicInteger();
    ApiClient client =
        client(URI.create("http://127.0.0.1:" + port)).toBuilder()
            .addAttemptInterceptor(
                chain -> {
                  attempts.incrementAndGet();
                  return chain.proceed(chain.request());
                })
            .build();

    assertThatThrownBy(() -> client.execute(call(CREATE)))
        .isInstanceOfSatisfying(
            ConnectFailedException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.mayHaveReachedServer()).isFalse();
            });
    assertThat(attempts).hasValue(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void aResetInTheMiddleOfTheBodyIsNotRetriedForAPost() {
    server.handler((exchange, n) -> LocalServer.cutBody(exchange, 100, 10));

    assertThatThrownBy(() -> client(server.uri()).execute(call(CREATE)))
        .isInstanceOfSatisfying(
            ConnectionResetException.class, e -> assertThat(e.mayHaveReachedServer()).isTrue());
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aResetInTheMiddleOfTheBodyIsRetriedForAGet() {
    server.handler(
        (exchange, n) -> {
          if (n < 3) {
            LocalServer.cutBody(exchange, 100, 10);
          } else {
            LocalServer.respond(exchange, 200, "{\"name\":\"ok\"}");
          }
        });

    assertThat(client(server.uri()).execute(call(LIST))).isEqualTo(new Body("ok"));
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void anEmptyResponseIsAResetAndAPostIsNotResent() {
    server.handler((exchange, n) -> LocalServer.hangUp(exchange));

    assertThatThrownBy(() -> client(server.uri()).execute(call(CREATE)))
        .isInstanceOf(ConnectionResetException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void truncatedJsonIsADecodingErrorAndNotRetried() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, "{\"name\": \"ok\""));

    assertThatThrownBy(() -> client(server.uri()).execute(call(LIST)))
        .isInstanceOf(DecodingException.class)
        .hasMessageStartingWith("listBackups (GET /v3/{p}/backups): malformed JSON");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aBodyDribbledPastTheDeadlineEndsAtTheDeadline() {
    byte[] body = "{\"name\": \"slowly\"}".getBytes(StandardCharsets.UTF_8);
    server.handler((exchange, n) -> server.dribble(exchange, body, Duration.ofMillis(100)));
    ApiClient client =
        ApiClient.builder().endpoint(server.uri()).callTimeout(Duration.ofMillis(600)).build();
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.execute(call(LIST)))
        .isInstanceOfSatisfying(
            DeadlineExceededException.class, e -> assertThat(e.retryable()).isFalse());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aSlowAttemptTimesOutAndIsRetriedOnlyWhenIdempotent() {
    server.handler(
        (exchange, n) ->
            server.later(
                exchange,
                Duration.ofSeconds(2),
                (ex, c) -> LocalServer.respond(ex, 200, "{\"name\":\"late\"}"),
                n));
    ApiClient client =
        Internals.time(ApiClient.builder(), java.time.Clock.systemUTC(), time)
            .endpoint(server.uri())
            .attemptTimeout(Duration.ofMillis(150))
            .build();

    assertThatThrownBy(() -> client.execute(call(CREATE)))
        .isInstanceOf(AttemptTimeoutException.class);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThatThrownBy(() -> client.execute(call(LIST)))
        .isInstanceOf(AttemptTimeoutException.class);
    assertThat(server.requestCount()).isEqualTo(1 + 3);
  }

  @Test
  void anOversizedBodyIsRefusedWithoutReadingIt() {
    String big = "{\"name\": \"" + "x".repeat(5000) + "\"}";
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, big));
    ApiClient client = client(server.uri()).toBuilder().maxResponseBytes(1000).build();

    assertThatThrownBy(() -> client.execute(call(LIST)))
        .isInstanceOfSatisfying(
            ResponseTooLargeException.class, e -> assertThat(e).hasMessageContaining("1000 bytes"));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void anOversizedChunkedBodyIsCutAtTheLimit() {
    server.handler(
        (exchange, n) -> {
          exchange.sendResponseHeaders(200, 0); // chunked: no length announced
          try (var out = exchange.getResponseBody()) {
            for (int i = 0; i < 50; i++) {
              out.write(new byte[1000]);
            }
          } finally {
            exchange.close();
          }
        });
    ApiClient client = client(server.uri()).toBuilder().maxResponseBytes(4096).build();

    assertThatThrownBy(() -> client.execute(call(LIST)))
        .isInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void aBodyInManySmallChunksArrivesWhole() {
    String name = "0123456789".repeat(2000);
    byte[] body = ("{\"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
    server.handler(
        (exchange, n) -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, 0); // chunked
          try (var out = exchange.getResponseBody()) {
            for (int at = 0; at < body.length; at += 97) {
              out.write(body, at, Math.min(97, body.length - at));
              out.flush();
            }
          } finally {
            exchange.close();
          }
        });

    assertThat(client(server.uri()).execute(call(LIST))).isEqualTo(new Body(name));
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() {
    String json = "{\"name\": \"" + "x".repeat(988) + "\"}";
    assertThat(json).hasSize(1000);
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, json));
    ApiClient client = client(server.uri()).toBuilder().maxResponseBytes(1000).build();

    assertThat(client.execute(call(LIST))).isEqualTo(new Body("x".repeat(988)));
  }

  @Test
  void anHtml502IsRetriedForAGetThenTyped() {
    server.handler(
        (exchange, n) ->
            LocalServer.respond(exchange, 502, "text/html", "<html><h1>Bad Gateway</h1></html>"));

    assertThatThrownBy(() -> client(server.uri()).execute(call(LIST)))
        .isInstanceOfSatisfying(
            BadGatewayException.class, e -> assertThat(e.rawBody()).contains("Bad Gateway"));
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void anHtml502IsNotRetriedForAPost() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 502, "text/html", "<html/>"));

    assertThatThrownBy(() -> client(server.uri()).execute(call(CREATE)))
        .isInstanceOf(BadGatewayException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aPostMarkedIdempotentInTheSpecIsRetried() {
    server.handler(
        (exchange, n) -> LocalServer.respond(exchange, n < 2 ? 503 : 200, "{\"name\":\"ok\"}"));

    assertThat(client(server.uri()).execute(call(CREATE.withIdempotent(true))))
        .isEqualTo(new Body("ok"));
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void aPostWithADeclaredKeyHeaderIsRetriedWithOneRandomKeyOnEveryAttempt() {
    server.handler(
        (exchange, n) -> LocalServer.respond(exchange, n < 3 ? 503 : 201, "{\"name\":\"ok\"}"));

    OperationSpec keyed = CREATE.withIdempotencyKey("X-Request-Key");
    assertThat(client(server.uri()).execute(call(keyed))).isEqualTo(new Body("ok"));
    assertThat(server.requestCount()).isEqualTo(3);
    List<String> keys = server.received().stream().map(r -> r.header("X-Request-Key")).toList();
    assertThat(keys).doesNotContainNull().containsOnly(keys.get(0));
    assertThat(UUID.fromString(keys.get(0))).isNotNull();
    assertThat(server.received().get(0).header(ApiClient.IDEMPOTENCY_KEY)).isNull();

    client(server.uri()).execute(call(keyed));
    assertThat(server.received().get(3).header("X-Request-Key"))
        .as("a new call has a new key")
        .isNotEqualTo(keys.get(0));
  }

  @Test
  void aKeyTheCallerSetsIsSentInTheDeclaredHeaderAndMakesAPostRetryable() {
    server.handler(
        (exchange, n) ->
            LocalServer.respond(exchange, n % 2 == 1 ? 502 : 201, "{\"name\":\"ok\"}"));
    CallOptions options = CallOptions.builder().idempotencyKey("order-42").build();

    client(server.uri()).exchange(call(CREATE.withIdempotencyKey("X-Request-Key")), options);
    assertThat(server.received())
        .extracting(r -> r.header("X-Request-Key"))
        .containsExactly("order-42", "order-42");

    client(server.uri()).exchange(call(CREATE), options);
    assertThat(server.received().subList(2, 4))
        .extracting(r -> r.header(ApiClient.IDEMPOTENCY_KEY))
        .as("without a declared header the key goes in Idempotency-Key, and still makes it safe")
        .containsExactly("order-42", "order-42");
  }

  @Test
  void aKeyGivenAsTheOperationsOwnHeaderParameterIsKeptOnEveryAttempt() {
    server.handler(
        (exchange, n) -> LocalServer.respond(exchange, n < 2 ? 503 : 201, "{\"name\":\"ok\"}"));
    ApiCall<Body> call =
        ApiCall.builder(CREATE.withIdempotencyKey("Idempotency-Key"), ResponseType.of(Body.class))
            .path("p", "project")
            .header("Idempotency-Key", "mine")
            .body(new Body("backup-1"))
            .build();

    client(server.uri()).execute(call);
    assertThat(server.received()).extracting(r -> r.header("Idempotency-Key")).containsOnly("mine");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void aPostWithoutAKeyIsNeverSentTwice() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));

    assertThatThrownBy(() -> client(server.uri()).execute(call(CREATE)))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(server.received().get(0).header(ApiClient.IDEMPOTENCY_KEY)).isNull();
  }

  @Test
  void status429WithRetryAfterSecondsIsHonouredEvenForAPost() {
    server.handler(
        (exchange, n) -> {
          if (n == 1) {
            exchange.getResponseHeaders().set("Retry-After", "7");
            LocalServer.respond(exchange, 429, "{\"error_code\":\"APIGW.0308\"}");
          } else {
            LocalServer.respond(exchange, 201, "{\"name\":\"ok\"}");
          }
        });

    assertThat(client(server.uri()).execute(call(CREATE))).isEqualTo(new Body("ok"));
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void status429WithRetryAfterAsAnHttpDateIsHonoured() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
    server.handler(
        (exchange, n) -> {
          if (n == 1) {
            exchange.getResponseHeaders().set("Retry-After", date);
            LocalServer.respond(exchange, 429, "{}");
          } else {
            LocalServer.respond(exchange, 200, "{\"name\":\"ok\"}");
          }
        });

    assertThat(client(server.uri()).execute(call(LIST))).isEqualTo(new Body("ok"));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void aRetryAfterBeyondTheCapIsReturnedToTheCaller() {
    server.handler(
        (exchange, n) -> {
          exchange.getResponseHeaders().set("Retry-After", "3600");
          LocalServer.respond(exchange, 429, "{}");
        });

    assertThatThrownBy(() -> client(server.uri()).execute(call(LIST)))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> assertThat(e.headers().firstValue("Retry-After")).contains("3600"));
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void status503And504AreRetriedForAGetWithGrowingBackoff() {
    server.handler(
        (exchange, n) ->
            LocalServer.respond(exchange, n == 1 ? 503 : n == 2 ? 504 : 200, "{\"name\":\"ok\"}"));

    assertThat(client(server.uri()).execute(call(LIST))).isEqualTo(new Body("ok"));
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void status503IsNotRetriedForAPost() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));

    assertThatThrownBy(() -> client(server.uri()).execute(call(CREATE)))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void retriesStopBeforeTheDeadline() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));
    ApiClient client = client(server.uri()).toBuilder().callTimeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> client.execute(call(LIST)))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void withoutRetriesEveryFailureIsFinal() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));
    ApiClient client = client(server.uri()).toBuilder().retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> client.execute(call(LIST)))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }
}
