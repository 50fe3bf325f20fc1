package io.recordgen.huaweicloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.InternalServerErrorException;
import io.recordgen.runtime.UnauthorizedException;
import io.recordgen.runtime.auth.Secret;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.FakeTime;
import io.recordgen.runtime.testing.LocalServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IamTokenProviderTest {
  private static final OperationSpec LIST =
      OperationSpec.of("listBackups", "GET", "/v3/{p}/backups").withSecurity("token");
  private static final Secret PASSWORD = Secret.of("Pa55word-for-iam");

  private LocalServer iam;
  private LocalServer service;
  private FakeTime time;
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicBoolean iamFails = new AtomicBoolean();
  private volatile Duration iamDelay = Duration.ZERO;

  @BeforeEach
  void start() throws Exception {
    time = FakeTime.at("2026-11-26T10:00:00Z");
    iam = new LocalServer();
    iam.handler(
        (exchange, n) ->
            iam.later(
                exchange,
                iamDelay,
                (ex, c) -> {
                  if (iamFails.get()) {
                    LocalServer.respond(
                        ex, 500, "{\"error\":{\"code\":\"IAM.0001\",\"message\":\"down\"}}");
                    return;
                  }
                  int token = issued.incrementAndGet();
                  Instant expires = time.instant().plus(Duration.ofHours(1));
                  ex.getResponseHeaders().set("X-Subject-Token", "token-" + token);
                  LocalServer.respond(
                      ex,
                      201,
                      "{\"token\":{\"expires_at\":\""
                          + expires
                          + "\",\"methods\":[\"password\"]}}");
                },
                n));
    service = new LocalServer();
    service.handler((exchange, n) -> LocalServer.respond(exchange, 200, "{}"));
  }

  @AfterEach
  void stop() {
    iam.close();
    service.close();
  }

  private IamTokenProvider provider() {
    return IamTokenProvider.builder()
        .iamEndpoint(iam.uri())
        .user("alice", PASSWORD, "example-account")
        .projectId("619d3e78f61b4be68bc5aa0b59edcf7b")
        .clock(time)
        .build();
  }

  private ApiClient client(IamTokenProvider provider) {
    return Internals.time(ApiClient.builder(), time, time)
        .endpoint(service.uri())
        .auth(provider)
        .build();
  }

  private static void list(ApiClient client) {
    client.execute(ApiCall.builder(LIST, ResponseType.of(Map.class)).path("p", "x").build());
  }

  @Test
  void requestsATokenWithAPasswordIdentityScopedToTheProject() throws Exception {
    list(client(provider()));

    JsonNode body = new ObjectMapper().readTree(iam.received().get(0).body());
    assertThat(iam.received().get(0).rawPath()).isEqualTo("/v3/auth/tokens");
    assertThat(body.at("/auth/identity/methods/0").asText()).isEqualTo("password");
    assertThat(body.at("/auth/identity/password/user/name").asText()).isEqualTo("alice");
    assertThat(body.at("/auth/identity/password/user/domain/name").asText())
        .isEqualTo("example-account");
    assertThat(body.at("/auth/scope/project/id").asText())
        .isEqualTo("619d3e78f61b4be68bc5aa0b59edcf7b");
    assertThat(service.received().get(0).header("X-Auth-Token")).isEqualTo("token-1");
  }

  @Test
  void cachesTheTokenUntilItIsCloseToExpiry() {
    ApiClient client = client(provider());
    list(client);
    time.advance(Duration.ofMinutes(40));
    list(client);
    time.advance(Duration.ofMinutes(10));
    list(client);

    assertThat(issued).hasValue(2);
    assertThat(service.received())
        .extracting(r -> r.header("X-Auth-Token"))
        .containsExactly("token-1", "token-1", "token-2");
  }

  @Test
  void fiftyConcurrentCallsWithAnExpiredTokenCauseOneIamRequest() throws Exception {
    IamTokenProvider provider = provider();
    ApiClient client = client(provider);
    list(client);
    time.advance(Duration.ofHours(2));
    iamDelay = Duration.ofMillis(300);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(
          pool.submit(
              () -> {
                go.await();
                list(client);
                return null;
              }));
    }
    go.countDown();
    for (Future<?> call : calls) {
      call.get(10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(issued).hasValue(2);
    assertThat(iam.requestCount()).isEqualTo(2);
    assertThat(service.received()).hasSize(51);
    assertThat(service.received().subList(1, 51))
        .extracting(r -> r.header("X-Auth-Token"))
        .containsOnly("token-2");
  }

  @Test
  void aFailedRefreshKeepsTheStillValidToken() {
    ApiClient client = client(provider());
    list(client);
    time.advance(Duration.ofMinutes(50)); // inside the refresh window, before expiry
    iamFails.set(true);

    list(client);
    list(client);

    assertThat(iam.requestCount()).as("one failed refresh, then a pause").isEqualTo(2);
    assertThat(service.received())
        .extracting(r -> r.header("X-Auth-Token"))
        .containsExactly("token-1", "token-1", "token-1");
  }

  @Test
  void aFailedRefreshWithAnExpiredTokenFailsTheCall() {
    ApiClient client = client(provider());
    list(client);
    time.advance(Duration.ofHours(2));
    iamFails.set(true);

    assertThatThrownBy(() -> list(client)).isInstanceOf(InternalServerErrorException.class);
  }

  @Test
  void a401TriggersOneRefreshAndOneResend() {
    service.handler((exchange, n) -> LocalServer.respond(exchange, n == 1 ? 401 : 200, "{}"));
    ApiClient client = client(provider());

    list(client);

    assertThat(issued).hasValue(2);
    assertThat(service.received())
        .extracting(r -> r.header("X-Auth-Token"))
        .containsExactly("token-1", "token-2");
  }

  @Test
  void aSecond401IsReturnedInsteadOfLooping() {
    service.handler((exchange, n) -> LocalServer.respond(exchange, 401, "{}"));

    assertThatThrownBy(() -> list(client(provider()))).isInstanceOf(UnauthorizedException.class);
    assertThat(service.requestCount()).isEqualTo(2);
    assertThat(issued).hasValue(2);
  }

  @Test
  void neverShowsThePasswordOrAToken() {
    IamTokenProvider provider = provider();
    list(client(provider));

    assertThat(provider.toString()).doesNotContain(PASSWORD.reveal()).doesNotContain("token-1");
  }
}
