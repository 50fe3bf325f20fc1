package io.recordgen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.recordgen.bench.backup.api.BackupsApi;
import io.recordgen.bench.backup.model.CreateBackupRequest;
import io.recordgen.bench.backup.model.CreateBackupResponse;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.jackson2.Jackson2Codec;
import io.recordgen.runtime.ApiClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A createBackup round trip on a loopback server, two ways: through the generated client, and
 * through a hand-written java.net.http + Jackson call. Both share the server and the JDK client.
 */
final class RoundTripFixture implements AutoCloseable {
  static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";
  static final String INSTANCE = "07033b125fd94a8a96896f8bcfee6ddain07";
  static final byte[] CREATED =
      ("{\"backup\": {\"id\": \"2f4ddb93-b901-4b08-93d8-1d2e472f30fe\","
              + " \"name\": \"backup-1\", \"description\": \"Manual backup\", \"begin_time\":"
              + " \"2020-07-07T01:17:05+0800\", \"status\": \"BUILDING\", \"type\": \"manual\","
              + " \"instance_id\": \"07033b125fd94a8a96896f8bcfee6ddain07\"},"
              + " \"job_id\": \"e0fbbfc8-1ac4-4721-b9e9-7dd685c5bdd7\"}")
          .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService serverThreads;
  private final BackupsApi generated;
  private final HttpClient http;
  private final ObjectMapper mapper;
  private final String base;
  private final CreateBackupRequest request;

  RoundTripFixture() throws IOException {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs,
    // and every round trip waits 40 ms whoever the client is.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newFixedThreadPool(2);
    server.setExecutor(serverThreads);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(201, CREATED.length);
          exchange.getResponseBody().write(CREATED);
          exchange.close();
        });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    generated =
        BackupsApi.create(
            ApiClient.builder()
                .endpoint(endpoint)
                .auth(StaticTokenAuth.of("token"))
                .httpClient(http)
                .build(),
            PROJECT);
    mapper = Jackson2Codec.newMapper();
    base = endpoint.toString();
    request = new CreateBackupRequest(INSTANCE, "backup-1", "Manual backup");
  }

  /** The call through the generated client. */
  CreateBackupResponse generated() {
    return generated.createBackup(request);
  }

  /**
   * What a careful hand-written call does: put the project into the path, send, check the
   * status, decode.
   */
  CreateBackupResponse handWritten() throws IOException, InterruptedException {
    URI uri =
        URI.create(
            base + "/v3/" + URLEncoder.encode(PROJECT, StandardCharsets.UTF_8) + "/backups/create");
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-Auth-Token", "token")
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(request)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return mapper.readValue(response.body(), CreateBackupResponse.class);
  }

  @Override
  public void close() {
    server.stop(0);
    serverThreads.shutdownNow();
  }
}
