package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.DecodingException;
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

/**
 * Path, query, header and cookie parameters on the wire, and declared response headers read
 * back typed, through the golden client against a local server.
 */
class ParametersBehaviourTest {
  private static final ClassLoader LOADER =
      Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve("parameters-headers"));

  private HttpServer server;
  private final AtomicReference<String> requestLine = new AtomicReference<>();
  private final AtomicReference<String> cookie = new AtomicReference<>();
  private final AtomicReference<String> requestId = new AtomicReference<>();
  private volatile String rateLimit = "42";
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
          exchange.getResponseHeaders().add("Last-Modified", "2020-07-07T01:17:05+0800");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    api = Generated.client(LOADER, "golden.parametersheaders.api.ItemsApi", server);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Object call(String name, Object... arguments) throws Exception {
    return Generated.call(api, name, arguments);
  }

  private static Object params(UUID id, List<String> fields, Boolean deleted) throws Exception {
    return Generated.build(
        LOADER.loadClass("golden.parametersheaders.api.GetItemParams"),
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
    call("getItem", "a-1", "s=1;x", params(id, List.of("id", "name"), true));

    assertThat(requestLine.get()).isEqualTo("GET /items/a-1?fields=id,name&include-deleted=true");
    assertThat(cookie.get()).isEqualTo("session=s%3D1%3Bx");
    assertThat(requestId.get()).isEqualTo(id.toString());
  }

  @Test
  void declaredResponseHeadersAreTyped() throws Exception {
    Object result = call("getItemWithHeaders", "a-1", "s");

    assertThat(component(result, "xRateLimitRemaining")).isEqualTo(42L);
    assertThat(component(result, "eTag")).isEqualTo("\"v7\"");
    assertThat(component(result, "lastModified"))
        .isEqualTo(OffsetDateTime.parse("2020-07-07T01:17:05+08:00"));
    assertThat(component(result, "xComplex")).isNull();
    assertThat(component(component(result, "body"), "id")).isEqualTo("i-1");
  }

  @Test
  void aHeaderOfTheWrongTypeIsADecodingErrorThatNamesIt() {
    rateLimit = "lots";
    assertThatThrownBy(() -> call("getItemWithHeaders", "a-1", "s"))
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
