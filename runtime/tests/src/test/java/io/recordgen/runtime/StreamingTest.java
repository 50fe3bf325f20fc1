package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.recordgen.huaweicloud.AkSkCredentials;
import io.recordgen.huaweicloud.AkSkSigner;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.LocalServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed bodies against a local server: downloads to a file or a stream, uploads from a file or
 * a stream, server-sent events, and what closing, stalling and size limits do to them.
 */
class StreamingTest {
  private static final OperationSpec DOWNLOAD =
      OperationSpec.of("downloadFile", "GET", "/files/{id}");
  private static final OperationSpec UPLOAD = OperationSpec.of("uploadFile", "PUT", "/files/{id}");
  private static final OperationSpec WATCH = OperationSpec.of("watch", "GET", "/events");

  private LocalServer server;
  private ApiClient client;
  @TempDir Path folder;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    client =
        ApiClient.builder()
            .endpoint(server.uri())
            .attemptTimeout(Duration.ofMillis(500))
            .callTimeout(Duration.ofSeconds(10))
            .maxResponseBytes(1024 * 1024)
            .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO))
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  private Download download() {
    return client.execute(
        ApiCall.builder(DOWNLOAD, ResponseType.download()).path("id", "f1").build());
  }

  private static void binary(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void aDownloadLargerThanTheBufferLimitGoesToAFile() throws Exception {
    byte[] body = random(5 * 1024 * 1024); // five times the limit on buffered bodies
    server.handler((exchange, n) -> binary(exchange, body));
    Path target = folder.resolve("file.bin");

    long written;
    try (Download file = download()) {
      assertThat(file.contentLength()).hasValue(body.length);
      assertThat(file.contentType()).contains("application/octet-stream");
      written = file.writeTo(target);
    }

    assertThat(written).isEqualTo(body.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(body);
  }

  @Test
  void bytesAreBoundedByTheLimitAndTheStreamIsReadOnce() {
    server.handler((exchange, n) -> binary(exchange, random(2 * 1024 * 1024)));
    Download big = download();

    assertThatThrownBy(big::bytes).isInstanceOf(ResponseTooLargeException.class);
    assertThatThrownBy(big::stream).isInstanceOf(IllegalStateException.class);

    server.handler((exchange, n) -> binary(exchange, "small".getBytes(StandardCharsets.UTF_8)));
    assertThat(download().text()).isEqualTo("small");
  }

  @Test
  void closingMidwayClosesTheConnection() throws Exception {
    CountDownLatch gone = new CountDownLatch(1);
    server.handler(
        (exchange, n) -> {
          exchange.sendResponseHeaders(200, 0); // chunked, endless
          OutputStream out = exchange.getResponseBody();
          byte[] chunk = new byte[16 * 1024];
          try {
            for (long sent = 0; sent < 1L << 40; sent += chunk.length) {
              out.write(chunk);
              out.flush();
            }
          } catch (IOException e) {
            gone.countDown();
          } finally {
            exchange.close();
          }
        });

    try (Download endless = download()) {
      InputStream stream = endless.stream();
      assertThat(stream.readNBytes(100_000)).hasSize(100_000);
    }

    assertThat(gone.await(10, TimeUnit.SECONDS)).as("the server saw the client leave").isTrue();
  }

  @Test
  void aServerThatStallsTimesOutButASlowReaderDoesNot() throws Exception {
    byte[] half = random(64 * 1024);
    server.handler(
        (exchange, n) -> {
          exchange.sendResponseHeaders(200, half.length * 2L);
          OutputStream out = exchange.getResponseBody();
          out.write(half);
          out.flush();
          if (n == 1) {
            server.later(exchange, Duration.ofSeconds(5), (e, m) -> e.close(), n);
          } else {
            out.write(half);
            out.close();
          }
        });

    try (Download stalled = download()) {
      assertThatThrownBy(() -> stalled.writeTo(folder.resolve("stalled")))
          .isInstanceOf(AttemptTimeoutException.class)
          .hasMessageContaining("downloadFile");
    }
    assertThat(folder.resolve("stalled")).as("a failed download leaves no file").doesNotExist();

    try (Download slow = download()) {
      InputStream stream = slow.stream();
      assertThat(stream.readNBytes(1000)).hasSize(1000);
      Thread.sleep(1200); // longer than the attempt timeout, with the data there
      assertThat(stream.readAllBytes()).hasSize(half.length * 2 - 1000);
    }
  }

  @Test
  void anErrorStatusOfADownloadIsReadWholeAndTyped() {
    server.handler(
        (exchange, n) ->
            LocalServer.respond(exchange, 404, "{\"code\":\"F.404\",\"message\":\"gone\"}"));

    assertThatThrownBy(this::download)
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.errorCode()).contains("F.404"));
  }

  @Test
  void aFileUploadIsStreamedAndResentOnARetry() throws Exception {
    byte[] body = random(3 * 1024 * 1024);
    Path file = Files.write(folder.resolve("upload.bin"), body);
    server.handler((exchange, n) -> LocalServer.respond(exchange, n == 1 ? 503 : 204, ""));

    client.execute(
        ApiCall.builder(UPLOAD, ResponseType.none())
            .path("id", "f1")
            .body(Upload.of(file), "application/octet-stream")
            .build());

    assertThat(server.received()).hasSize(2);
    for (LocalServer.Received received : server.received()) {
      assertThat(received.body()).isEqualTo(body);
      assertThat(received.header("Content-Length")).isEqualTo(Integer.toString(body.length));
      assertThat(received.header("Content-Type")).isEqualTo("application/octet-stream");
    }
  }

  @Test
  void aSingleStreamIsSentOnceAndNeverRetried() {
    server.handler((exchange, n) -> LocalServer.respond(exchange, 503, ""));
    byte[] body = random(100_000);

    assertThatThrownBy(
            () ->
                client.execute(
                    ApiCall.builder(UPLOAD, ResponseType.none())
                        .path("id", "f1")
                        .body(Upload.of(new ByteArrayInputStream(body)), "application/octet-stream")
                        .build()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.received())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).isEqualTo(body));
  }

  @Test
  void akSkSignsAFileUploadAsItsBytesAndRefusesASingleStream() throws Exception {
    byte[] body = random(200_000);
    Path file = Files.write(folder.resolve("signed.bin"), body);
    AkSkCredentials keys = AkSkCredentials.of("AK", "SK");
    AtomicReference<String> signature = new AtomicReference<>();
    ApiClient signing =
        client.toBuilder()
            .auth(
                AkSkSigner.of(keys)
                    .withClock(
                        java.time.Clock.fixed(
                            java.time.Instant.parse("2026-12-02T00:00:00Z"),
                            java.time.ZoneOffset.UTC)))
            .build();
    server.handler(
        (exchange, n) -> {
          signature.set(exchange.getRequestHeaders().getFirst("Authorization"));
          LocalServer.respond(exchange, 204, "");
        });
    ApiCall.Builder<Void> put =
        ApiCall.builder(UPLOAD.withSecurity("aksk"), ResponseType.none()).path("id", "f1");

    signing.execute(put.body(Upload.of(file), "application/octet-stream").build());
    String fromFile = signature.get();
    signing.execute(put.body(Upload.of(body), "application/octet-stream").build());

    assertThat(fromFile).isNotNull().isEqualTo(signature.get());
    assertThatThrownBy(
            () ->
                signing.execute(
                    put.body(Upload.of(new ByteArrayInputStream(body)), "application/octet-stream")
                        .build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("single stream");
  }

  private EventStream watch() {
    return client.execute(ApiCall.builder(WATCH, ResponseType.events()).build());
  }

  record Tick(int n) {}

  @Test
  void serverSentEventsAreParsedAsTheStandardSays() {
    String text =
        "\uFEFF: a comment\r\n"
            + "retry: 1500\r\n"
            + "data: {\"n\":1}\r\n\r\n"
            + "event: tick\nid: 7\ndata: line one\ndata:line two\n\n"
            + "data\n\n"
            + "id: 8\nevent: ignored-without-data\n\n"
            + "data: {\"n\":3}\rid\r\r"
            + "data: unfinished";
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, "text/event-stream", text));

    List<ServerSentEvent> events;
    try (EventStream stream = watch()) {
      events = stream.stream().toList();
      assertThat(stream.decode(events.get(0), Tick.class)).isEqualTo(new Tick(1));
      assertThat(stream.lastEventId()).isEmpty();
    }

    assertThat(events)
        .containsExactly(
            new ServerSentEvent("message", "{\"n\":1}", null, Duration.ofMillis(1500)),
            new ServerSentEvent("tick", "line one\nline two", "7", null),
            new ServerSentEvent("message", "", "7", null),
            new ServerSentEvent("message", "{\"n\":3}", "", null));
  }

  @Test
  void closingAnEventStreamClosesTheConnection() throws Exception {
    CountDownLatch gone = new CountDownLatch(1);
    server.handler(
        (exchange, n) -> {
          exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          try {
            for (int i = 0; i < 1_000_000; i++) {
              out.write(("data: " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
              out.flush();
              Thread.sleep(1);
            }
          } catch (IOException | InterruptedException e) {
            gone.countDown();
          } finally {
            exchange.close();
          }
        });

    try (EventStream events = watch()) {
      assertThat(events.stream().limit(3).map(ServerSentEvent::data))
          .containsExactly("0", "1", "2");
    }

    assertThat(gone.await(10, TimeUnit.SECONDS)).as("the server saw the client leave").isTrue();
  }

  @Test
  void anEventLargerThanTheLimitEndsTheStream() {
    String huge = "data: " + "x".repeat(2 * 1024 * 1024) + "\n\n";
    server.handler((exchange, n) -> LocalServer.respond(exchange, 200, "text/event-stream", huge));

    try (EventStream events = watch()) {
      assertThatThrownBy(() -> events.iterator().hasNext())
          .isInstanceOf(ResponseTooLargeException.class);
    }
  }
}
