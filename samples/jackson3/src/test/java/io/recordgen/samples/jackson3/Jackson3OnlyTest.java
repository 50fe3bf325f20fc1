package io.recordgen.samples.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.BadRequestException;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.samples.jackson3.api.BackupsApi;
import io.recordgen.samples.jackson3.api.CreateBackupHeaders;
import io.recordgen.samples.jackson3.api.CreateBackupInput;
import io.recordgen.samples.jackson3.app.BackupReport;
import io.recordgen.samples.jackson3.model.BackupStatus;
import io.recordgen.samples.jackson3.model.CreateBackupRequest;
import io.recordgen.samples.jackson3.model.CreateBackupResponse;
import io.recordgen.samples.jackson3.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated backup client on Jackson 3 against a local server, in a build without Jackson 2:
 * requests are encoded, responses, pages and errors decoded, by {@code recordgen-jackson3}.
 */
class Jackson3OnlyTest {
  private static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";
  private static final String INSTANCE = "07033b125fd94a8a96896f8bcfee6ddain07";

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private BackupsApi backups;

  private static String backup(String id, String status) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"backup-"
        + id
        + "\",\"status\":\""
        + status
        + "\",\"instance_id\":\""
        + INSTANCE
        + "\",\"begin_time\":\"2020-07-07T01:17:05+0800\"}";
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-Request-Id", "req-" + status);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v3/" + PROJECT + "/backups",
        exchange -> {
          String query = exchange.getRequestURI().getQuery();
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + (query == null ? "" : "?" + query)
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          if (exchange.getRequestMethod().equals("POST")) {
            if ("zh-cn".equals(exchange.getRequestHeaders().getFirst("X-Language"))) {
              answer(
                  exchange, 400, "{\"error_code\":\"DBS.280277\",\"error_msg\":\"Invalid name.\"}");
            } else {
              answer(
                  exchange, 201, "{\"backup\":" + backup("b1", "BUILDING") + ",\"job_id\":\"j1\"}");
            }
          } else if (query != null && query.contains("offset=2")) {
            answer(
                exchange, 200, "{\"backups\":[" + backup("b3", "THAWING") + "],\"total_count\":3}");
          } else {
            answer(
                exchange,
                200,
                "{\"backups\":["
                    + backup("b1", "COMPLETED")
                    + ","
                    + backup("b2", "BUILDING")
                    + "],\"total_count\":3}");
          }
          exchange.close();
        });
    server.start();
    backups =
        BackupsApi.create(
            ApiClient.builder()
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .auth(StaticTokenAuth.of("t"))
                .build(),
            PROJECT);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theApplicationHasJackson3AndNoJackson2() {
    assertThat(JsonCodec.defaultCodec().getClass().getName())
        .isEqualTo("io.recordgen.jackson3.Jackson3Codec");
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aCreateIsEncodedAndItsResponseDecoded() {
    ApiResponse<CreateBackupResponse> response =
        backups.createBackupWithResponse(
            CreateBackupInput.of(new CreateBackupRequest(INSTANCE, "backup-1", null)),
            CallOptions.none());

    assertThat(requests)
        .containsExactly(
            "POST /v3/"
                + PROJECT
                + "/backups/create {\"instance_id\":\""
                + INSTANCE
                + "\",\"name\":\"backup-1\"}");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header(CreateBackupHeaders.X_REQUEST_ID)).isEqualTo("req-201");
    assertThat(response.body().backup().status()).isEqualTo(BackupStatus.BUILDING);
    assertThat(response.body().backup().beginTime()).hasToString("2020-07-07T01:17:05+08:00");
  }

  @Test
  void everyPageIsReadAndAStatusTheSpecDoesNotListIsKept() {
    assertThat(new BackupReport(backups).lines(2))
        .containsExactly(
            "b1  ready  backup-b1", "b2  building  backup-b2", "b3  status THAWING  backup-b3");
    assertThat(requests).hasSize(2);
  }

  @Test
  void anErrorBodyIsReadForItsCodeAndMessage() {
    assertThatThrownBy(
            () ->
                backups.createBackup(
                    CreateBackupInput.builder()
                        .body(new CreateBackupRequest(INSTANCE, "backup-1", null))
                        .xLanguage(Language.ZH_CN)
                        .build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.errorCode()).contains("DBS.280277");
              assertThat(e.errorMessage()).contains("Invalid name.");
            });
  }
}
