package io.recordgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain HTTP server on 127.0.0.1 for the runtime's own tests: it records every request and
 * answers with a handler the test sets. (Applications use the spec-driven {@code StubServer} of
 * {@code recordgen-contract}; the runtime cannot depend on it.)
 */
public final class LocalServer implements AutoCloseable {
  /** A request as received. */
  public record Received(String method, String rawPath, String rawQuery,
      Map<String, List<String>> headers, byte[] body) {}

  /** How to answer one exchange. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange, int count) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "local-server");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile Handler handler = (exchange, n) -> respond(exchange, 200, "{}");

  public LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
      try {
        handler.handle(exchange, count.incrementAndGet());
      } finally {
        exchange.close();
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public void handler(Handler value) {
    this.handler = value;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public int requestCount() {
    return count.get();
  }

  /** Sends a complete response. */
  public static void respond(HttpExchange exchange, int status, String body) throws IOException {
    respond(exchange, status, "application/json", body);
  }

  /** Sends a complete response of a media type. */
  public static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
