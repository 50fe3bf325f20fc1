package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.LocalServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a call hands back against a local server: the whole response on success, a decoding
 * failure that keeps what arrived, and pages that keep their responses.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.MethodSource(io.recordgen.runtime.testing.Codecs.ALL)
class ResponsesTest {
  @org.junit.jupiter.params.Parameter JsonCodec codec;

  private static final OperationSpec CREATE = OperationSpec.of("createItem", "POST", "/items");
  private static final OperationSpec LIST = OperationSpec.of("listItems", "GET", "/items");

  record Item(String id, int size) {}

  record Page(List<String> items, Integer total) {}

  private LocalServer server;
  private ApiClient client;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    client =
        ApiClient.builder()
            .codec(codec)
            .endpoint(server.uri())
            .callTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void answer(HttpExchange exchange, int status, String body, String... headers)
      throws IOException {
    for (int i = 0; i < headers.length; i += 2) {
      exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
    LocalServer.respond(exchange, status, body);
  }

  private ApiCall<Item> create() {
    return ApiCall.builder(CREATE, ResponseType.of(Item.class)).body(Map.of("size", 3)).build();
  }

  @Test
  void aSuccessKeepsStatusHeadersRequestIdAndBody() {
    server.handler(
        (exchange, n) ->
            answer(
                exchange,
                201,
                "{\"id\":\"i-1\",\"size\":3}",
                "X-Request-Id",
                "req-1",
                "Location",
                "/items/i-1"));

    ApiResponse<Item> response = client.exchange(create(), CallOptions.none());

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.requestId()).isEqualTo("req-1");
    assertThat(response.headers().firstValue("location")).contains("/items/i-1");
    assertThat(response.header(HeaderKey.of("Location", java.net.URI.class)))
        .isEqualTo(java.net.URI.create("/items/i-1"));
    assertThat(response.body()).isEqualTo(new Item("i-1", 3));
    assertThat(response.withBody("other").requestId()).isEqualTo("req-1");
  }

  @Test
  void aBodyThatDoesNotDecodeKeepsWhatArrived() {
    String body = "{\"id\":\"i-9\",\"size\":\"three\"}";
    server.handler((exchange, n) -> answer(exchange, 201, body, "X-Request-Id", "req-9"));

    assertThatThrownBy(() -> client.exchange(create(), CallOptions.none()))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> {
              assertThat(e.status()).isEqualTo(201);
              assertThat(e.requestId()).contains("req-9");
              assertThat(e.headers().firstValue("Content-Type")).contains("application/json");
              assertThat(e.bodyText()).isEqualTo(body);
              assertThat(e.getMessage()).contains("createItem").doesNotContain("three");
            });
  }

  @Test
  void theKeptBodyIsBounded() {
    String huge = "{\"id\":\"" + "x".repeat(200_000) + "\",\"size\":[]}";
    server.handler((exchange, n) -> answer(exchange, 200, huge));

    assertThatThrownBy(() -> client.exchange(create(), CallOptions.none()))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> {
              assertThat(e.body()).hasSize(DecodingException.MAX_BODY);
              assertThat(new String(e.body(), StandardCharsets.UTF_8))
                  .isEqualTo(huge.substring(0, DecodingException.MAX_BODY));
            });
  }

  @Test
  void pagesKeepTheirResponsesAndStopAtTheTotal() {
    server.handler(
        (exchange, n) -> {
          String query = exchange.getRequestURI().getQuery();
          long offset = Long.parseLong(query.replaceAll(".*offset=(\\d+).*", "$1"));
          List<String> items = new ArrayList<>();
          for (long i = offset; i < Math.min(offset + 2, 5); i++) {
            items.add("\"item" + i + "\"");
          }
          answer(
              exchange,
              200,
              "{\"items\":" + items + ",\"total\":5}",
              "X-Request-Id",
              "page-" + offset);
        });

    Pages<Page, String> pages =
        Pages.offsetLimit(
            0,
            2,
            offset ->
                client.exchange(
                    ApiCall.builder(LIST, ResponseType.of(Page.class))
                        .query("offset", offset)
                        .query("limit", 2)
                        .build(),
                    CallOptions.none()),
            Page::items,
            Page::total);

    assertThat(server.requestCount()).as("nothing is fetched before iteration").isZero();
    assertThat(pages.stream().map(ApiResponse::requestId))
        .containsExactly("page-0", "page-2", "page-4");
    assertThat(pages.items().stream()).containsExactly("item0", "item1", "item2", "item3", "item4");
    assertThat(server.requestCount()).as("each iteration starts again").isEqualTo(6);
  }
}
