package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.UnauthorizedException;
import io.recordgen.runtime.auth.OAuth2ClientCredentials;
import io.recordgen.runtime.auth.Secret;
import io.recordgen.runtime.http.Interceptor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The golden security-schemes client with the generated {@code SecuritySchemes} factories,
 * against a server that checks each operation's credentials as its spec declares them.
 */
class SecurityBehaviourTest {
  private static final String API = "golden.securityschemes.api.";
  private static final ClassLoader LOADER =
      Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve("security-schemes"));
  private static final List<String> SEEN = new CopyOnWriteArrayList<>();
  private static HttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", SecurityBehaviourTest::handle);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  private static void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String cookie = exchange.getRequestHeaders().getFirst("Cookie");
    String query = exchange.getRequestURI().getRawQuery();
    SEEN.add(path + " " + auth + " " + query + " " + cookie);
    String basic =
        "Basic " + Base64.getEncoder().encodeToString("ops:pw".getBytes(StandardCharsets.UTF_8));
    boolean ok =
        switch (path) {
          case "/pets" -> "Bearer jwt-1".equals(auth);
          case "/admin" -> "api_key=k1".equals(query) || basic.equals(auth);
          case "/session" -> "SESSION=s1".equals(cookie);
          case "/machine" -> "Bearer at-1".equals(auth);
          case "/health" -> auth == null && query == null && cookie == null;
          default -> false;
        };
    byte[] body;
    if (path.equals("/oauth/token")) {
      body = "{\"access_token\":\"at-1\",\"token_type\":\"bearer\",\"expires_in\":3600}".getBytes();
      ok = true;
    } else {
      body = path.equals("/pets") ? "[\"rex\"]".getBytes() : new byte[0];
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    int status = ok ? (body.length == 0 ? 204 : 200) : 401;
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static Object factory(String name, Object... arguments) throws Exception {
    for (var method : LOADER.loadClass(API + "SecuritySchemes").getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        return method.invoke(null, arguments);
      }
    }
    throw new AssertionError("no factory " + name);
  }

  private static String scheme(String constant) throws Exception {
    return (String) Generated.constant(LOADER, API + "SecuritySchemes", constant);
  }

  private static Object api(ApiClient.Builder client) throws Exception {
    return LOADER
        .loadClass(API + "PetsApi")
        .getMethod("create", ApiClient.class)
        .invoke(null, client.endpoint(endpoint()).build());
  }

  @Test
  void eachOperationGetsTheCredentialsOfItsOwnScheme() throws Exception {
    OAuth2ClientCredentials.Builder machine =
        (OAuth2ClientCredentials.Builder) factory("machine", "app", Secret.of("s"));
    Object api =
        api(
            ApiClient.builder()
                .auth(scheme("BEARER"), (Interceptor) factory("bearer", Secret.of("jwt-1")))
                .auth(scheme("API_KEY"), (Interceptor) factory("apiKey", Secret.of("k1")))
                .auth(scheme("API_KEY2"), (Interceptor) factory("apiKey2", Secret.of("s1")))
                .auth(
                    scheme("MACHINE"),
                    machine.tokenClient(ApiClient.builder().endpoint(endpoint()).build()).build()));

    assertThat(Generated.call(api, "listPets").toString()).isEqualTo("[rex]");
    Generated.call(api, "adminStats");
    Generated.call(api, "showSession");
    Generated.call(api, "machineCall");
    Generated.call(api, "health");

    assertThat(SEEN)
        .containsExactly(
            "/pets Bearer jwt-1 null null",
            "/admin null api_key=k1 null",
            "/session null null SESSION=s1",
            "/oauth/token Basic "
                + Base64.getEncoder().encodeToString("app:s".getBytes())
                + " null null",
            "/machine Bearer at-1 null null",
            "/health null null null");
  }

  @Test
  void theAsyncClientSendsTheSameCredentialsAndFetchesTheTokenWithoutBlocking() throws Exception {
    OAuth2ClientCredentials.Builder machine =
        (OAuth2ClientCredentials.Builder) factory("machine", "app", Secret.of("s"));
    ApiClient client =
        ApiClient.builder()
            .endpoint(endpoint())
            .auth(scheme("BEARER"), (Interceptor) factory("bearer", Secret.of("jwt-1")))
            .auth(
                scheme("MACHINE"),
                machine.tokenClient(ApiClient.builder().endpoint(endpoint()).build()).build())
            .build();
    Object api =
        LOADER
            .loadClass(API + "PetsAsyncApi")
            .getMethod("create", ApiClient.class)
            .invoke(null, client);

    Object pets = Generated.call(api, "listPets");
    assertThat(pets).isInstanceOf(CompletableFuture.class);
    assertThat(((CompletableFuture<?>) pets).get(10, TimeUnit.SECONDS).toString())
        .isEqualTo("[rex]");
    ((CompletableFuture<?>) Generated.call(api, "machineCall")).get(10, TimeUnit.SECONDS);
    CompletableFuture<?> refused = (CompletableFuture<?>) Generated.call(api, "adminStats");

    assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(UnauthorizedException.class);
    assertThat(SEEN)
        .containsExactly(
            "/pets Bearer jwt-1 null null",
            "/oauth/token Basic "
                + Base64.getEncoder().encodeToString("app:s".getBytes())
                + " null null",
            "/machine Bearer at-1 null null",
            "/admin null null null");
  }

  @Test
  void theSecondAlternativeIsUsedWhenTheClientHasOnlyItsCredentials() throws Exception {
    Object api =
        api(
            ApiClient.builder()
                .auth(
                    scheme("OPERATOR"), (Interceptor) factory("operator", "ops", Secret.of("pw"))));

    Generated.call(api, "adminStats");
    assertThatThrownBy(() -> Generated.call(api, "listPets"))
        .as("no credentials for bearer: the server refuses")
        .isInstanceOf(UnauthorizedException.class);
    assertThat(SEEN.get(0)).startsWith("/admin Basic ");
  }
}
