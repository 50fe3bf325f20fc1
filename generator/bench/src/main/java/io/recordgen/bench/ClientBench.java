package io.recordgen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.recordgen.bench.backup.api.BackupsApi;
import io.recordgen.bench.backup.model.CreateBackupRequest;
import io.recordgen.bench.backup.model.CreateBackupResponse;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.auth.StaticTokenAuth;
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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client: a createBackup round trip on a loopback server through the generated client and
 * through a hand-written java.net.http + Jackson call; building a {@code CreateBackupRequest}
 * with every check; decoding the 201 body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A round trip on loopback moves by tens of microseconds from one JVM to the next on a small
// VM; three forks per benchmark keep that drift out of the generated / hand-written ratio.
@Fork(3)
public class ClientBench {
  static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";
  static final String INSTANCE = "07033b125fd94a8a96896f8bcfee6ddain07";
  static final byte[] CREATED =
      ("{\"backup\": {\"id\": \"2f4ddb93-b901-4b08-93d8-1d2e472f30fe\","
              + " \"name\": \"backup-1\", \"description\": \"Manual backup\", \"begin_time\":"
              + " \"2020-07-07T01:17:05+0800\", \"status\": \"BUILDING\", \"type\": \"manual\","
              + " \"instance_id\": \"07033b125fd94a8a96896f8bcfee6ddain07\"},"
              + " \"job_id\": \"e0fbbfc8-1ac4-4721-b9e9-7dd685c5bdd7\"}")
          .getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private ExecutorService serverThreads;
  private BackupsApi generated;
  private HttpClient http;
  private ObjectMapper mapper;
  private String base;
  private CreateBackupRequest request;
  private final JsonCodec codec = JsonCodec.defaultCodec();
  private String name = "backup-1";

  @Setup(Level.Trial)
  public void start() throws IOException {
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
                .build());
    mapper = JsonCodec.newMapper();
    base = endpoint.toString();
    request = new CreateBackupRequest(INSTANCE, "backup-1", "Manual backup");
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  // The JDK's HTTP client, Jackson and the runtime take about 30 s of round trips before the
  // time per call stops falling (5 ms, 1 ms, 0.5 ms, then 0.25 ms on this kind of machine); a
  // shorter warm-up measures the JIT, and the side with more code to compile looks slower.
  @Benchmark
  @Warmup(iterations = 15, time = 2)
  @Measurement(iterations = 5, time = 2)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CreateBackupResponse roundTripGeneratedClient() {
    return generated.createBackup(PROJECT, request);
  }

  /**
   * What a careful hand-written call does: put the project into the path, send, check the
   * status, decode.
   */
  @Benchmark
  @Warmup(iterations = 15, time = 2)
  @Measurement(iterations = 5, time = 2)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CreateBackupResponse roundTripHandWritten() throws IOException, InterruptedException {
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

  /** A request with every check of the spec: required, lengths and three patterns. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public CreateBackupRequest buildValidatedRequest() {
    return new CreateBackupRequest(INSTANCE, name, "Manual backup");
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public CreateBackupResponse decodeCreatedResponse() {
    return codec.decode(CREATED, CreateBackupResponse.class);
  }
}
