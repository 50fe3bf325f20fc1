package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.LocalServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiClientTest {
  private static final OperationSpec GET_ITEM =
      OperationSpec.of("getItem", "GET", "/v1/{project}/items/{item}").withSecurity("token");

  record Item(String name) {}

  private LocalServer server;
  private ApiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    client =
        ApiClient.builder()
            .endpoint(server.uri())
            .auth(StaticTokenAuth.of("t0ken"))
            .callTimeout(Duration.ofSeconds(5))
            .build();
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, "{\"name\":\"x\"}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCall.Builder<Item> call(String project, String item) {
    return ApiCall.builder(GET_ITEM, ResponseType.of(Item.class))
        .path("project", project)
        .path("item", item);
  }

  @Test
  void eachPathParameterIsExactlyOneSegment() {
    client.execute(call("p 1", "a/b?c#d").build());

    assertThat(server.received().get(0).rawPath()).isEqualTo("/v1/p%201/items/a%2Fb%3Fc%23d");
  }

  @Test
  void encodedDotsStayData() {
    client.execute(call("p", "%2e%2e").build());

    assertThat(server.received().get(0).rawPath()).isEqualTo("/v1/p/items/%252e%252e");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void pathParametersThatWouldChangeThePathAreRefusedBeforeSending(String value) {
    assertThatThrownBy(() -> client.execute(call("p", value).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("path parameter item");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void queryValuesAreEncodedPerRfc3986() {
    client.execute(
        call("p", "i")
            .query("begin_time", "2020-07-07T01:17:05+0800")
            .query("name", "a b~*")
            .query("tag", List.of("x", "y"))
            .query("absent", null)
            .build());

    assertThat(server.received().get(0).rawQuery())
        .isEqualTo("begin_time=2020-07-07T01%3A17%3A05%2B0800&name=a%20b~%2A&tag=x&tag=y");
  }

  @Test
  void tokenAndDefaultsAreSent() {
    ApiClient withLanguage = client.toBuilder().defaultHeader("X-Language", "zh-cn").build();

    withLanguage.execute(call("p", "i").build());

    var headers = server.received().get(0).headers();
    assertThat(headers.get("X-auth-token")).containsExactly("t0ken");
    assertThat(headers.get("X-language")).containsExactly("zh-cn");
    assertThat(headers.get("Accept")).containsExactly("application/json");
  }

  @Test
  void operationsWithoutSecurityGetNoToken() {
    client.execute(
        ApiCall.builder(OperationSpec.of("ping", "GET", "/ping"), ResponseType.none()).build());

    assertThat(server.received().get(0).headers()).doesNotContainKey("X-auth-token");
  }

  @Test
  void aJsonSuccessWithoutBodyIsADecodingError() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, ""));

    assertThatThrownBy(() -> client.execute(call("p", "i").build()))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("without the expected body");
  }

  @ParameterizedTest
  @ValueSource(
      ints = {400, 401, 403, 404, 409, 413, 418, 422, 429, 451, 500, 501, 502, 503, 504, 599})
  void everyErrorStatusIsTyped(int status) {
    server.handler(
        (exchange, n) ->
            LocalServer.respond(
                exchange,
                status,
                "{\"error\": {\"code\": \"E" + status + "\", \"message\": \"m\"}}"));

    assertThatThrownBy(() -> client.execute(call("p", "i").build()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.errorCode()).contains("E" + status);
              assertThat(e)
                  .isInstanceOf(
                      status < 500 ? ClientErrorException.class : ServerErrorException.class);
            });
  }

  @Test
  void aRedirectIsNotFollowed() {
    server.handler(
        (exchange, n) -> {
          exchange.getResponseHeaders().set("Location", "https://elsewhere.example/");
          LocalServer.respond(exchange, 302, "");
        });

    assertThatThrownBy(() -> client.execute(call("p", "i").build()))
        .isInstanceOfSatisfying(
            UnexpectedStatusException.class, e -> assertThat(e.status()).isEqualTo(302));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void toStringNamesTheAuthTypeButNeverTheToken() {
    assertThat(client.toString()).contains("StaticTokenAuth").doesNotContain("t0ken");
  }
}
