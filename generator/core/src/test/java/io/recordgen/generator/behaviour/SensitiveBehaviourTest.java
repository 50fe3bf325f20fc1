package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.Violation;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values the spec marks {@code format: password} or {@code x-sensitive: true} — properties,
 * a component schema reached through {@code $ref}, a required query parameter and an optional
 * header — reach the server but never {@code toString()}, violation messages or logs.
 */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class SensitiveBehaviourTest {
  @Parameter JsonCodec codec;

  private static final ClassLoader LOADER =
      Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve("sensitive"));

  private static final String PASSWORD = "correct-horse-battery";
  private static final String SHORT_PASSWORD = "hunter2";
  private static final String API_KEY = "K3Y0F7HEAPP12345";
  private static final String BAD_API_KEY = "leaked-api-key-value";
  private static final String TOKEN = "tok-0123456789abcdefghij";
  private static final String OTP = "918273";
  private static final String BAD_OTP = "91827x";
  private static final List<String> SECRETS =
      List.of(
          PASSWORD, SHORT_PASSWORD, API_KEY, BAD_API_KEY, TOKEN, OTP, BAD_OTP, "12345", "code-one");

  private final List<String> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger root = Logger.getLogger("io.recordgen");
  private final AtomicReference<String> received = new AtomicReference<>();
  private HttpServer server;
  private Object api;

  @BeforeEach
  void start() throws Exception {
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          received.set(
              exchange.getRequestURI().getRawQuery()
                  + " "
                  + exchange.getRequestHeaders().getFirst("X-One-Time-Code")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body =
              ("{\"id\":\"s-1\",\"token\":\"" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(201, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    api = Generated.client(codec, LOADER, "golden.sensitive.api.SessionsApi", server);
  }

  @AfterEach
  void stop() {
    server.stop(0);
    root.removeHandler(capture);
    root.setLevel(null);
  }

  private static void assertNoSecretIn(String text) {
    for (String secret : SECRETS) {
      assertThat(text).as("must not show a secret").doesNotContain(secret);
    }
  }

  private static Object build(String type, Object... setters) throws Exception {
    return Generated.build(LOADER.loadClass(type), setters);
  }

  private static Object login(String password) throws Exception {
    return build("golden.sensitive.model.Login", "user", "ann", "password", password);
  }

  private Object call(Object... arguments) throws Exception {
    return Generated.call(api, "createSession", arguments);
  }

  @Test
  void violationsOfSensitivePropertiesNameTheFieldButWithholdTheValue() {
    assertThatThrownBy(
            () ->
                build(
                    "golden.sensitive.model.Login",
                    "user",
                    "a-user-name-too-long",
                    "password",
                    SHORT_PASSWORD,
                    "pin",
                    12345,
                    "recoveryCodes",
                    List.of("code-one", "code-two", "code-three", "code-four")))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly("user", "password", "pin", "recovery_codes");
              assertThat(e.violations())
                  .filteredOn(Violation::sensitive)
                  .extracting(Violation::rejectedValue)
                  .containsOnlyNulls()
                  .hasSize(3);
              assertNoSecretIn(e.getMessage());
              e.violations().forEach(v -> assertNoSecretIn(v.toString()));
              // A value that is not secret is still shown, so the check above can fail.
              assertThat(e.getMessage()).contains("a-user-name-too-long");
            });
  }

  @Test
  void toStringHidesSensitiveComponentsWhileJsonCarriesThem() throws Exception {
    Object login =
        build(
            "golden.sensitive.model.Login",
            "user",
            "ann",
            "password",
            PASSWORD,
            "pin",
            4321,
            "recoveryCodes",
            List.of("code-one"));

    assertNoSecretIn(login.toString());
    assertThat(login.toString()).contains("user=ann").doesNotContain("4321");
    assertThat(new String(codec.encode(login), StandardCharsets.UTF_8))
        .contains(PASSWORD, "4321", "code-one");

    Object session =
        codec.decode(
            ("{\"id\":\"s-1\",\"token\":\"" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8),
            LOADER.loadClass("golden.sensitive.model.Session"));
    assertThat(session.toString()).contains("s-1");
    assertNoSecretIn(session.toString());
  }

  @Test
  void aSensitiveComponentSchemaWithholdsItsValueWhenDecodingFails() {
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"id\":\"s-1\",\"token\":\"12345\"}".getBytes(StandardCharsets.UTF_8),
                    LOADER.loadClass("golden.sensitive.model.Session")))
        .satisfies(
            e -> {
              for (Throwable t = e; t != null; t = t.getCause()) {
                assertNoSecretIn(String.valueOf(t.getMessage()));
              }
            });
  }

  @Test
  void sensitiveParametersAreCheckedWithoutShowingThem() throws Exception {
    assertThatThrownBy(() -> call(BAD_API_KEY, login(PASSWORD)))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> {
              assertThat(e.violations())
                  .singleElement()
                  .satisfies(
                      v -> {
                        assertThat(v.field()).isEqualTo("api_key");
                        assertThat(v.rule()).isEqualTo("pattern");
                        assertThat(v.sensitive()).isTrue();
                      });
              assertNoSecretIn(e.getMessage());
            });
    assertThatThrownBy(
            () ->
                build(
                    "golden.sensitive.api.CreateSessionInput",
                    "apiKey",
                    API_KEY,
                    "body",
                    login(PASSWORD),
                    "xOneTimeCode",
                    BAD_OTP,
                    "xClient",
                    "far-too-long-client"))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly("X-One-Time-Code", "X-Client");
              assertNoSecretIn(e.getMessage());
              assertThat(e.getMessage()).contains("far-too-long-client");
            });
    assertThat(received.get()).as("nothing was sent").isNull();
  }

  @Test
  void secretsReachTheServerButNotTheLogs() throws Exception {
    Object input =
        build(
            "golden.sensitive.api.CreateSessionInput",
            "apiKey",
            API_KEY,
            "body",
            login(PASSWORD),
            "xOneTimeCode",
            OTP);
    assertNoSecretIn(input.toString());

    Object session = call(input);

    assertThat(received.get())
        .isEqualTo(
            "api_key="
                + API_KEY
                + " "
                + OTP
                + " {\"user\":\"ann\",\"password\":\""
                + PASSWORD
                + "\"}");
    assertThat(session.getClass().getMethod("token").invoke(session)).isEqualTo(TOKEN);
    assertNoSecretIn(session.toString());
    assertThat(logged).isNotEmpty();
    logged.forEach(SensitiveBehaviourTest::assertNoSecretIn);
  }
}
