package io.recordgen.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.UnauthorizedException;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.FakeTime;
import io.recordgen.runtime.testing.LocalServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each standard OpenAPI security scheme against a local server that checks the credentials the
 * way a real service does, answering 401 to anything else.
 */
class AuthSchemesTest {
  private static final OperationSpec SECURED =
      OperationSpec.of("listPets", "GET", "/pets").withSecurity("scheme");
  private static final OperationSpec OPEN = OperationSpec.of("health", "GET", "/health");

  private LocalServer service;
  private LocalServer tokens;
  private FakeTime time;
  private volatile String expected = "";
  private final AtomicInteger issued = new AtomicInteger();
  private volatile int expiresIn = 600;

  @BeforeEach
  void start() throws Exception {
    time = FakeTime.at("2026-11-26T10:00:00Z");
    service = new LocalServer();
    tokens = new LocalServer();
    service.handler(
        (exchange, n) -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          String cookie = exchange.getRequestHeaders().getFirst("Cookie");
          String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
          String query = exchange.getRequestURI().getRawQuery();
          String seen = auth + "|" + key + "|" + query + "|" + cookie;
          boolean ok =
              exchange.getRequestURI().getPath().equals("/health") || seen.equals(expected);
          LocalServer.respond(exchange, ok ? 200 : 401, "{\"seen\":\"" + seen + "\"}");
        });
    tokens.handler(
        (exchange, n) -> {
          int token = issued.incrementAndGet();
          LocalServer.respond(
              exchange,
              200,
              "{\"access_token\":\"at-"
                  + token
                  + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                  + expiresIn
                  + "}");
        });
  }

  @AfterEach
  void stop() {
    service.close();
    tokens.close();
  }

  private ApiClient client(Interceptor auth) {
    return Internals.time(ApiClient.builder(), time, time)
        .endpoint(service.uri())
        .auth("scheme", auth)
        .build();
  }

  private static Map<?, ?> call(ApiClient client, OperationSpec operation) {
    return client.execute(
        ApiCall.builder(operation, ResponseType.of(Map.class)).query("page", 2).build());
  }

  @Test
  void bearerAsksItsSupplierOnEveryCall() {
    AtomicInteger asked = new AtomicInteger();
    ApiClient client = client(BearerAuth.of(() -> Secret.of("t" + asked.incrementAndGet())));

    expected = "Bearer t1|null|page=2|null";
    call(client, SECURED);
    expected = "Bearer t2|null|page=2|null";
    call(client, SECURED);
    call(client, OPEN);

    assertThat(asked).as("an operation without security asks for nothing").hasValue(2);
    assertThat(service.received().get(2).header("Authorization")).isNull();
    assertThat(BearerAuth.of(Secret.of("t")).toString()).doesNotContain("t]");
  }

  @Test
  void basicSendsTheUserAndPasswordAsUtf8() {
    expected =
        "Basic "
            + Base64.getEncoder().encodeToString("zoë:p@ss:w".getBytes(StandardCharsets.UTF_8))
            + "|null|page=2|null";
    call(client(BasicAuth.of("zoë", Secret.of("p@ss:w"))), SECURED);

    assertThat(service.requestCount()).isEqualTo(1);
    assertThatThrownBy(() -> BasicAuth.of("a:b", Secret.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(BasicAuth.of("zoë", Secret.of("p@ss:w")).toString()).doesNotContain("p@ss");
  }

  @Test
  void anApiKeyGoesInAHeaderTheQueryOrACookieUnderItsOwnName() {
    expected = "null|k-1|page=2|null";
    call(client(ApiKeyAuth.header("X-Api-Key", Secret.of("k-1"))), SECURED);
    expected = "null|null|page=2&api_key=k%2F2%20x|null";
    call(client(ApiKeyAuth.query("api_key", Secret.of("k/2 x"))), SECURED);
    expected = "null|null|page=2|session=s3";
    call(client(ApiKeyAuth.cookie("session", Secret.of("s3"))), SECURED);

    assertThat(service.received()).hasSize(3);
    assertThat(ApiKeyAuth.query("api_key", Secret.of("k/2 x")).toString())
        .isEqualTo("ApiKeyAuth[query api_key=<redacted>]");
  }

  @Test
  void aCookieKeyJoinsTheOperationsOwnCookies() {
    expected = "null|null|null|lang=de; session=s3";
    client(ApiKeyAuth.cookie("session", Secret.of("s3")))
        .execute(ApiCall.builder(SECURED, ResponseType.of(Map.class)).cookie("lang", "de").build());
    assertThat(service.requestCount()).isEqualTo(1);
  }

  private OAuth2ClientCredentials.Builder oauth() {
    return OAuth2ClientCredentials.builder()
        .tokenUrl(tokens.uri().resolve("/oauth/token"))
        .client("my app", Secret.of("s3cr&t"))
        .scopes("pets:read", "pets:write")
        .clock(time);
  }

  @Test
  void clientCredentialsFetchesATokenWithBasicClientAuthenticationAndCachesIt() {
    ApiClient client = client(oauth().build());
    expected = "Bearer at-1|null|page=2|null";
    call(client, SECURED);
    time.advance(Duration.ofMinutes(8));
    call(client, SECURED);

    LocalServer.Received request = tokens.received().get(0);
    assertThat(request.rawPath()).isEqualTo("/oauth/token");
    assertThat(new String(request.body(), StandardCharsets.US_ASCII))
        .isEqualTo("grant_type=client_credentials&scope=pets%3Aread+pets%3Awrite");
    assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.header("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("my+app:s3cr%26t".getBytes(StandardCharsets.US_ASCII)));
    assertThat(issued).as("the token lives 10 minutes and is kept for 9").hasValue(1);

    time.advance(Duration.ofMinutes(1)); // one minute before expiry: replaced
    expected = "Bearer at-2|null|page=2|null";
    call(client, SECURED);
    assertThat(issued).hasValue(2);
    assertThat(oauth().build().toString()).doesNotContain("s3cr");
  }

  @Test
  void aTokenShorterLivedThanTheRefreshMarginIsKeptForHalfItsLife() {
    expiresIn = 30; // the margin is one minute
    ApiClient client = client(oauth().build());
    expected = "Bearer at-1|null|page=2|null";
    call(client, SECURED);
    time.advance(Duration.ofSeconds(14));
    call(client, SECURED);
    assertThat(issued).as("not fetched again on every call").hasValue(1);

    time.advance(Duration.ofSeconds(2));
    expected = "Bearer at-2|null|page=2|null";
    call(client, SECURED);
    assertThat(issued).hasValue(2);
  }

  @Test
  void theTokenUrlsOwnQueryGoesWithEveryTokenRequest() {
    expected = "Bearer at-1|null|page=2|null";
    call(
        client(
            oauth()
                .tokenUrl(tokens.uri().resolve("/oauth/token?api-version=2.0&tenant=a%20b"))
                .build()),
        SECURED);

    assertThat(tokens.received().get(0).rawPath()).isEqualTo("/oauth/token");
    assertThat(tokens.received().get(0).rawQuery()).isEqualTo("api-version=2.0&tenant=a%20b");
  }

  @Test
  void clientCredentialsInTheFormWhenTheServerWantsThem() {
    expected = "Bearer at-1|null|page=2|null";
    call(
        client(
            oauth()
                .clientAuthentication(OAuth2ClientCredentials.ClientAuthentication.FORM)
                .build()),
        SECURED);

    LocalServer.Received request = tokens.received().get(0);
    assertThat(request.header("Authorization")).isNull();
    assertThat(new String(request.body(), StandardCharsets.US_ASCII))
        .isEqualTo(
            "grant_type=client_credentials&scope=pets%3Aread+pets%3Awrite"
                + "&client_id=my+app&client_secret=s3cr%26t");
  }

  @Test
  void a401ReplacesTheTokenOnceAndResendsOnce() {
    ApiClient client = client(oauth().build());
    expected = "Bearer at-1|null|page=2|null";
    call(client, SECURED);
    expected = "Bearer at-2|null|page=2|null"; // the service revoked at-1

    call(client, SECURED);
    assertThat(issued).hasValue(2);
    assertThat(service.received()).hasSize(3);

    expected = "never";
    assertThatThrownBy(() -> call(client, SECURED)).isInstanceOf(UnauthorizedException.class);
    assertThat(service.received()).as("one resend, not a loop").hasSize(5);
  }

  @Test
  void concurrentCallsShareOneTokenRequest() throws Exception {
    ApiClient client = client(oauth().build());
    expected = "Bearer at-1|null|page=2|null";
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      calls.add(pool.submit(() -> call(client, SECURED)));
    }
    for (Future<?> call : calls) {
      call.get(10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(issued).hasValue(1);
    assertThat(service.received()).hasSize(32);
  }

  @Test
  void asyncCallsShareOneTokenRequestAndReplaceARejectedToken() throws Exception {
    ApiClient client = client(oauth().build());
    expected = "Bearer at-1|null|page=2|null";
    List<CompletableFuture<ApiResponse<Map<?, ?>>>> calls = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      calls.add(client.exchangeAsync(secured(), CallOptions.none()));
    }
    for (CompletableFuture<ApiResponse<Map<?, ?>>> call : calls) {
      assertThat(call.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
    assertThat(issued).hasValue(1);

    expected = "Bearer at-2|null|page=2|null"; // the service revoked at-1
    assertThat(client.exchangeAsync(secured(), CallOptions.none()).get(10, TimeUnit.SECONDS))
        .extracting(ApiResponse::status)
        .isEqualTo(200);
    assertThat(issued).hasValue(2);
    assertThat(service.received()).hasSize(34);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // Map.class is raw
  private static ApiCall<Map<?, ?>> secured() {
    return (ApiCall) ApiCall.builder(SECURED, ResponseType.of(Map.class)).query("page", 2).build();
  }

  @Test
  void aTokenResponseWithoutATokenOrARefusalFailsTheCall() {
    tokens.handler((exchange, n) -> LocalServer.respond(exchange, 200, "{\"token_type\":\"x\"}"));
    assertThatThrownBy(() -> call(client(oauth().build()), SECURED))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("no access_token")
        .hasMessageNotContaining("s3cr");

    tokens.handler(
        (exchange, n) -> LocalServer.respond(exchange, 401, "{\"error\":\"invalid_client\"}"));
    assertThatThrownBy(() -> call(client(oauth().build()), SECURED))
        .isInstanceOf(UnauthorizedException.class);
    assertThat(service.requestCount()).as("no call goes out without a token").isZero();
  }
}
