package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.Download;
import io.recordgen.runtime.EventStream;
import io.recordgen.runtime.HeaderKey;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.ServerSentEvent;
import io.recordgen.runtime.Upload;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden client of {@code streaming} against a local server: an upload from a file, a
 * download to a file with its declared header, and server-sent events decoded into a record.
 */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class StreamingBehaviourTest {
  @Parameter JsonCodec codec;

  private static final ClassLoader LOADER =
      Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve("streaming"));

  private HttpServer server;
  private final Map<String, byte[]> stored = new ConcurrentHashMap<>();
  private Object api;
  @TempDir Path folder;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/images/",
        exchange -> {
          String id = exchange.getRequestURI().getPath().substring("/images/".length());
          if (exchange.getRequestMethod().equals("PUT")) {
            stored.put(id, exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
          } else {
            byte[] image = stored.get(id);
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.getResponseHeaders().set("Last-Modified", "Wed, 02 Dec 2026 10:00:00 GMT");
            exchange.sendResponseHeaders(200, image.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(image);
            }
          }
          exchange.close();
        });
    server.createContext(
        "/renders",
        exchange -> {
          byte[] events =
              ("data: {\"id\":\"r1\",\"percent\":50}\n\nevent: done\n"
                      + "data: {\"id\":\"r1\",\"percent\":100}\n\n")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
          exchange.sendResponseHeaders(200, events.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(events);
          }
          exchange.close();
        });
    server.start();
    api = Generated.client(codec, LOADER, "golden.streaming.api.MediaApi", server);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void anImageGoesUpFromAFileAndComesDownToOne() throws Exception {
    byte[] image = new byte[3 * 1024 * 1024];
    new Random(3).nextBytes(image);
    Path source = Files.write(folder.resolve("in.png"), image);

    Generated.call(api, "uploadImage", "cat", Upload.of(source));
    Object input =
        LOADER
            .loadClass("golden.streaming.api.DownloadImageInput")
            .getMethod("of", String.class)
            .invoke(null, "cat");
    ApiResponse<?> response =
        (ApiResponse<?>)
            Generated.call(api, "downloadImageWithResponse", input, CallOptions.none());
    Path target = folder.resolve("out.png");
    try (Download download = (Download) response.body()) {
      assertThat(download.contentType()).contains("image/png");
      download.writeTo(target);
    }

    assertThat(Files.readAllBytes(target)).isEqualTo(image);
    assertThat(
            response.header(
                (HeaderKey<?>)
                    Generated.constant(
                        LOADER, "golden.streaming.api.DownloadImageHeaders", "LAST_MODIFIED")))
        .isEqualTo(OffsetDateTime.parse("2026-12-02T10:00:00Z"));
  }

  @Test
  void eventsArriveAsTheyAreReadAndDecodeIntoRecords() throws Exception {
    Class<?> render = LOADER.loadClass("golden.streaming.model.Render");
    List<ServerSentEvent> events;
    Object last;
    try (EventStream stream = (EventStream) Generated.call(api, "watchRenders")) {
      events = stream.stream().toList();
      last = stream.decode(events.get(1), render);
    }

    assertThat(events).extracting(ServerSentEvent::event).containsExactly("message", "done");
    assertThat(render.getMethod("percent").invoke(last)).isEqualTo(100L);
  }
}
