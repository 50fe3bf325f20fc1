package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.huaweicloud.AkSkCredentials;
import io.recordgen.huaweicloud.AkSkSigner;
import io.recordgen.huaweicloud.IamTokenProvider;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.auth.Secret;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.support.Violations;
import io.recordgen.runtime.testing.LocalServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every secret the tests use is looked for in captured log output (at the finest level), in the
 * {@code toString()} of everything that holds one, and in exception messages.
 */
class RedactionTest {
  private static final String TOKEN = "tok-7f3a9c2e55";
  private static final String SK = "SK-zq81mWlkd0s9";
  private static final String SECURITY_TOKEN = "sts-4r4r4r4r4r";
  private static final String PASSWORD = "pw-HorseBatteryStaple";
  private static final List<String> SECRETS = List.of(TOKEN, SK, SECURITY_TOKEN, PASSWORD);
  private static final OperationSpec GET =
      OperationSpec.of("getItem", "GET", "/items/{id}").withSecurity("token");

  private final List<String> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger root = Logger.getLogger("io.recordgen");
  private LocalServer server;

  @BeforeEach
  void capture() throws Exception {
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    server = new LocalServer();
  }

  @AfterEach
  void release() {
    root.removeHandler(capture);
    root.setLevel(null);
    server.close();
  }

  private void assertNoSecretIn(String text) {
    for (String secret : SECRETS) {
      assertThat(text).as("must not contain a secret").doesNotContain(secret);
    }
  }

  @Test
  void logsCarryOneLinePerCallAndNoSecret() {
    server.handler(
        (exchange, n) -> {
          exchange.getResponseHeaders().set("X-Request-Id", "req-42");
          exchange.getResponseHeaders().set("Set-Cookie", "session=" + TOKEN);
          LocalServer.respond(exchange, n == 1 ? 503 : 200, "{\"echo\":\"" + TOKEN + "\"}");
        });
    ApiClient client =
        Internals.time(ApiClient.builder(), java.time.Clock.systemUTC(), d -> {})
            .endpoint(server.uri())
            .auth(StaticTokenAuth.of(TOKEN))
            .build();

    client.execute(
        ApiCall.builder(GET, ResponseType.of(Map.class))
            .path("id", TOKEN)
            .query("q", PASSWORD)
            .build());

    assertThat(logged)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line)
                  .startsWith(
                      "FINE io.recordgen.runtime.http getItem GET /items/{id} " + "duration=");
              assertThat(line).contains("status=200 attempts=2 requestId=req-42");
              assertThat(line).contains("headers=[Content-Type=application/json, Content-Length=");
              assertThat(line).doesNotContain("Set-Cookie");
            });
    logged.forEach(this::assertNoSecretIn);
  }

  @Test
  void toStringsShowNoSecret() {
    AkSkCredentials credentials = AkSkCredentials.temporary("AK123", SK, SECURITY_TOKEN);
    IamTokenProvider iam =
        IamTokenProvider.builder()
            .iamEndpoint(URI.create("https://iam.x"))
            .user("alice", Secret.of(PASSWORD), "acct")
            .projectName("cn-north-4")
            .build();
    ApiClient client =
        ApiClient.builder()
            .endpoint("https://x.example")
            .auth(iam)
            .auth("aksk", AkSkSigner.of(credentials))
            .build();
    Request request =
        new Request(
            GET,
            URI.create("https://x.example/items/1"),
            io.recordgen.runtime.http.Headers.empty().with("X-Auth-Token", TOKEN),
            new byte[0]);

    for (Object holder :
        List.of(
            credentials,
            iam,
            client,
            AkSkSigner.of(credentials),
            StaticTokenAuth.of(TOKEN),
            Secret.of(TOKEN),
            request,
            request.headers())) {
      assertNoSecretIn(holder.toString());
    }
  }

  @Test
  void exceptionMessagesShowNoSecret() {
    server.handler(
        (exchange, n) ->
            LocalServer.respond(
                exchange, 401, "{\"error_code\":\"DBS.280056\",\"error_msg\":\"invalid token\"}"));
    ApiClient client =
        ApiClient.builder().endpoint(server.uri()).auth(StaticTokenAuth.of(TOKEN)).build();

    assertThatThrownBy(
            () ->
                client.execute(
                    ApiCall.builder(GET, ResponseType.of(Map.class)).path("id", "1").build()))
        .satisfies(e -> assertNoSecretIn(e.getMessage()));
    assertThatThrownBy(
            () ->
                client.execute(
                    ApiCall.builder(GET, ResponseType.of(Map.class))
                        .path("id", "1")
                        .header("X-Custom", TOKEN + "\r\nX-Evil: 1")
                        .build()))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertNoSecretIn(e.getMessage()))
        .hasMessageContaining("X-Custom");
    assertThatThrownBy(
            () -> {
              Violations v = new Violations("Login").sensitive("password");
              v.maxLength("password", PASSWORD, 4);
              v.throwIfAny();
            })
        .satisfies(e -> assertNoSecretIn(e.getMessage()));
  }
}
