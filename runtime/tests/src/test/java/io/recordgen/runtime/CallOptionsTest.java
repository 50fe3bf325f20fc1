package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.LocalServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-call options against a local server: each changes one call and nothing else, on the same
 * client, its connections and its threads.
 */
class CallOptionsTest {
  private static final OperationSpec PUT_ITEM = OperationSpec.of("putItem", "PUT", "/items/{id}");
  private static final OperationSpec CREATE_ITEM = OperationSpec.of("createItem", "POST", "/items");
  private static final CallOptions.Attribute<String> TENANT =
      CallOptions.Attribute.of("tenant", String.class);

  record Item(String name) {}

  private LocalServer server;
  private ApiClient client;
  private final List<String> seenTenants = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    client =
        ApiClient.builder()
            .endpoint(server.uri())
            .defaultHeader("X-Team", "client-default")
            .callTimeout(Duration.ofSeconds(10))
            .attemptTimeout(Duration.ofSeconds(10))
            .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO))
            .addInterceptor(
                chain -> {
                  seenTenants.add(String.valueOf(chain.options().attribute(TENANT)));
                  return chain.proceed(chain.request());
                })
            .build();
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, "{\"name\":\"x\"}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCall<Item> put() {
    return ApiCall.builder(PUT_ITEM, ResponseType.of(Item.class)).path("id", "1").build();
  }

  /**
   * The selector threads of the JDK's HttpClients alive now. Compared as sets: a client that an
   * earlier test let go may end its thread at any time, so only new threads mean new clients.
   */
  private static java.util.Set<Thread> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().matches("HttpClient-\\d+-SelectorManager"))
        .collect(java.util.stream.Collectors.toSet());
  }

  private static java.util.Set<Thread> startedSince(java.util.Set<Thread> before) {
    java.util.Set<Thread> started = selectorThreads();
    started.removeAll(before);
    return started;
  }

  @Test
  void optionsChangeOneCallOnTheSameHttpClient() {
    client.exchange(put(), CallOptions.none());
    java.util.Set<Thread> before = selectorThreads();

    for (int i = 0; i < 20; i++) {
      client.exchange(
          put(),
          CallOptions.builder()
              .timeout(Duration.ofSeconds(5 + i))
              .attemptTimeout(Duration.ofSeconds(3))
              .header("X-Trace", "t" + i)
              .build());
    }

    assertThat(startedSince(before)).as("no HttpClient was created per call").isEmpty();
    assertThat(server.received().get(20).header("X-Trace")).isEqualTo("t19");
    // What the check would see: a client of its own starts a selector thread.
    client.toBuilder()
        .callTimeout(Duration.ofSeconds(5))
        .build()
        .exchange(put(), CallOptions.none());
    assertThat(startedSince(before)).isNotEmpty();
  }

  @Test
  void aHeaderReplacesTheClientsOfTheSameNameForThatCallOnly() {
    client.exchange(put(), CallOptions.builder().header("x-team", "this-call").build());
    client.exchange(put(), CallOptions.none());

    assertThat(
            server.received().get(0).headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("X-Team"))
                .flatMap(e -> e.getValue().stream()))
        .containsExactly("this-call");
    assertThat(server.received().get(1).header("X-Team")).isEqualTo("client-default");
  }

  @Test
  void aDeadlineEndsOneCallWhileTheClientsStaysLong() {
    server.handler(
        (exchange, n) ->
            server.later(
                exchange,
                Duration.ofSeconds(2),
                (e, m) -> LocalServer.respond(e, 200, "{\"name\":\"late\"}"),
                n));

    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                client.exchange(
                    put(), CallOptions.builder().timeout(Duration.ofMillis(300)).build()))
        .isInstanceOf(DeadlineExceededException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(client.exchange(put(), CallOptions.none()).body().name()).isEqualTo("late");
  }

  @Test
  void anAttemptTimeoutIsRetriedWithinTheCall() {
    server.handler(
        (exchange, n) -> {
          if (n == 1) {
            server.later(
                exchange,
                Duration.ofSeconds(2),
                (e, m) -> LocalServer.respond(e, 200, "{\"name\":\"slow\"}"),
                n);
          } else {
            LocalServer.respond(exchange, 200, "{\"name\":\"fast\"}");
          }
        });

    ApiResponse<Item> response =
        client.exchange(
            put(), CallOptions.builder().attemptTimeout(Duration.ofMillis(200)).build());

    assertThat(response.body().name()).isEqualTo("fast");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void aRetryPolicyOfOneCallReplacesTheClients() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));

    assertThatThrownBy(
            () ->
                client.exchange(
                    put(), CallOptions.builder().retryPolicy(RetryPolicy.none()).build()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThatThrownBy(() -> client.exchange(put(), CallOptions.none()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(1 + RetryPolicy.defaults().maxAttempts());
  }

  @Test
  void theIdempotencyKeyIsTheSameOnEveryAttempt() {
    server.handler(
        (exchange, n) -> LocalServer.respond(exchange, n < 3 ? 503 : 200, "{\"name\":\"x\"}"));

    client.exchange(put(), CallOptions.builder().idempotencyKey("key-7").build());

    assertThat(server.received())
        .hasSize(3)
        .extracting(r -> r.header(ApiClient.IDEMPOTENCY_KEY))
        .containsOnly("key-7");
  }

  @Test
  void aCreateWithTheCallersKeyIsRetriedAndAWithoutOneIsSentOnce() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, "{}"));
    ApiCall<Item> create =
        ApiCall.builder(CREATE_ITEM, ResponseType.of(Item.class)).body(new Item("a")).build();

    assertThatThrownBy(
            () -> client.exchange(create, CallOptions.builder().idempotencyKey("k").build()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.received())
        .extracting(r -> r.header(ApiClient.IDEMPOTENCY_KEY))
        .containsExactly("k", "k", "k");
    assertThatThrownBy(() -> client.exchange(create, CallOptions.none()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.requestCount()).isEqualTo(4);
  }

  @Test
  void interceptorsReadTheCallsAttributes() {
    client.exchange(put(), CallOptions.builder().attribute(TENANT, "acme").build());
    client.exchange(put(), CallOptions.none());

    assertThat(seenTenants).containsExactly("acme", "null");
  }

  @Test
  void toStringShowsNeitherHeaderValuesNorTheKey() {
    CallOptions options =
        CallOptions.builder()
            .header("Authorization", "Bearer s3cr3t")
            .idempotencyKey("key-s3cr3t")
            .attribute(TENANT, "acme")
            .build();

    assertThat(options.toString())
        .contains("Authorization", "tenant", "<set>")
        .doesNotContain("s3cr3t", "acme");
    assertThat(CallOptions.none().isNone()).isTrue();
    assertThat(options.toBuilder().build().attribute(TENANT)).isEqualTo("acme");
  }
}
