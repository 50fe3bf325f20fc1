package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.HeaderKey;
import io.recordgen.runtime.JsonCodec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Path, query, header and cookie parameters on the wire, and declared response headers read
 * back typed, through the golden client against a local server.
 */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class ParametersBehaviourTest {
  @Parameter JsonCodec codec;

  private static final ClassLoader LOADER =
      Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve("parameters-headers"));

  private HttpServer server;
  private final AtomicReference<String> requestLine = new AtomicReference<>();
  private final AtomicReference<String> cookie = new AtomicReference<>();
  private final AtomicReference<String> requestId = new AtomicReference<>();
  private volatile String rateLimit = "42";
  private volatile String lastModified = "2020-07-07T01:17:05+0800";
  private Object api;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requestLine.set(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getRawPath()
                  + "?"
                  + exchange.getRequestURI().getRawQuery());
          cookie.set(exchange.getRequestHeaders().getFirst("Cookie"));
          requestId.set(exchange.getRequestHeaders().getFirst("X-Request-Id"));
          byte[] body = "{\"id\":\"i-1\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-Rate-Limit-Remaining", rateLimit);
          exchange.getResponseHeaders().add("ETag", "\"v7\"");
          exchange.getResponseHeaders().add("Last-Modified", lastModified);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    api = Generated.client(codec, LOADER, "golden.parametersheaders.api.ItemsApi", server);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Object call(String name, Object... arguments) throws Exception {
    return Generated.call(api, name, arguments);
  }

  private static Object input(UUID id, List<String> fields, Boolean deleted) throws Exception {
    return Generated.build(
        LOADER.loadClass("golden.parametersheaders.api.GetItemInput"),
        "itemId",
        "a-1",
        "session",
        "s=1;x",
        "xRequestId",
        id,
        "fields",
        fields,
        "includeDeleted",
        deleted);
  }

  private static Object component(Object record, String name) throws Exception {
    return record.getClass().getMethod(name).invoke(record);
  }

  @Test
  void everyParameterTravelsWhereTheSpecSays() throws Exception {
    UUID id = UUID.fromString("7d444840-9dc0-11d1-b245-5ffdce74fad2");
    call("getItem", input(id, List.of("id", "name"), true));

    assertThat(requestLine.get()).isEqualTo("GET /items/a-1?fields=id,name&include-deleted=true");
    assertThat(cookie.get()).isEqualTo("session=s%3D1%3Bx");
    assertThat(requestId.get()).isEqualTo(id.toString());
  }

  private ApiResponse<?> exchange() throws Exception {
    Object input =
        LOADER
            .loadClass("golden.parametersheaders.api.GetItemInput")
            .getMethod("of", String.class, String.class)
            .invoke(null, "a-1", "s");
    return (ApiResponse<?>) call("getItemWithResponse", input, CallOptions.none());
  }

  private static Object header(ApiResponse<?> response, String key) throws Exception {
    return response.header(
        (HeaderKey<?>)
            Generated.constant(LOADER, "golden.parametersheaders.api.GetItemHeaders", key));
  }

  @Test
  void declaredResponseHeadersAreTyped() throws Exception {
    ApiResponse<?> response = exchange();

    assertThat(response.status()).isEqualTo(200);
    assertThat(header(response, "X_RATE_LIMIT_REMAINING")).isEqualTo(42L);
    assertThat(header(response, "E_TAG")).isEqualTo("\"v7\"");
    assertThat(header(response, "LAST_MODIFIED"))
        .isEqualTo(OffsetDateTime.parse("2020-07-07T01:17:05+08:00"));
    assertThat(header(response, "X_COMPLEX")).isNull();
    assertThat(component(response.body(), "id")).isEqualTo("i-1");
  }

  @Test
  void anHttpDateHeaderReadsAsADateTime() throws Exception {
    lastModified = "Tue, 15 Nov 1994 12:45:26 GMT";

    assertThat(header(exchange(), "LAST_MODIFIED"))
        .isEqualTo(OffsetDateTime.parse("1994-11-15T12:45:26Z"));
  }

  @Test
  void aHeaderOfTheWrongTypeIsADecodingErrorThatNamesIt() throws Exception {
    rateLimit = "lots";
    ApiResponse<?> response = exchange();

    assertThatThrownBy(() -> header(response, "X_RATE_LIMIT_REMAINING"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("X-Rate-Limit-Remaining")
        .hasMessageNotContaining("lots");
  }

  @Test
  void aPathParameterIsCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> call("getItem", "Not Valid!", "s")).hasMessageContaining("itemId");
    assertThat(requestLine.get()).isNull();
  }
}
