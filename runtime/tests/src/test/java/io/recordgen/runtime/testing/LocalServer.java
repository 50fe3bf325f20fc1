package io.recordgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain HTTP server on 127.0.0.1 for the runtime's own tests: it records every request and
 * answers with a handler the test sets, including broken answers (no response, a cut body, a
 * body that dribbles, a late answer). Waits are scheduled, never slept. Applications use the
 * spec-driven {@code StubServer} of {@code recordgen-contract}; the runtime cannot depend on it.
 */
public final class LocalServer implements AutoCloseable {
  /** A request as received. */
  public record Received(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    /** A header value, whatever the case of its name. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** How to answer one exchange; it must end the exchange, now or later. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange, int count) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "local-server");
            thread.setDaemon(true);
            return thread;
          });
  private final ScheduledExecutorService timer =
      Executors.newScheduledThreadPool(
          2,
          r -> {
            Thread thread = new Thread(r, "local-server-timer");
            thread.setDaemon(true);
            return thread;
          });
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile Handler handler = (exchange, n) -> respond(exchange, 200, "{}");

  public LocalServer() throws IOException {
    this(256);
  }

  /** A server whose listen queue holds {@code backlog} connections not yet accepted. */
  public LocalServer(int backlog) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawPath(),
                  exchange.getRequestURI().getRawQuery(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body));
          try {
            handler.handle(exchange, count.incrementAndGet());
          } catch (IOException | RuntimeException e) {
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

  /** Sends a complete JSON response and ends the exchange. */
  public static void respond(HttpExchange exchange, int status, String body) throws IOException {
    respond(exchange, status, "application/json", body);
  }

  /** Sends a complete response of a media type and ends the exchange. */
  public static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    try {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      exchange.close();
    }
  }

  /** Ends the exchange without any response: the client sees the connection close. */
  public static void hangUp(HttpExchange exchange) {
    exchange.close();
  }

  /** Promises {@code length} bytes, sends {@code sent} of them, then closes. */
  public static void cutBody(HttpExchange exchange, int length, int sent) throws IOException {
    exchange.sendResponseHeaders(200, length);
    OutputStream out = exchange.getResponseBody();
    out.write(new byte[sent]);
    out.flush();
    exchange.close();
  }

  /** Answers with {@code handler} after {@code delay}, without blocking a server thread. */
  public void later(HttpExchange exchange, Duration delay, Handler then, int count) {
    timer.schedule(
        () -> {
          try {
            then.handle(exchange, count);
          } catch (IOException | RuntimeException e) {
            exchange.close();
          }
        },
        delay.toNanos(),
        TimeUnit.NANOSECONDS);
  }

  /** Sends {@code body} one byte per {@code interval}. */
  public void dribble(HttpExchange exchange, byte[] body, Duration interval) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    OutputStream out = exchange.getResponseBody();
    AtomicInteger next = new AtomicInteger();
    Runnable[] step = new Runnable[1];
    step[0] =
        () -> {
          int i = next.getAndIncrement();
          try {
            if (i >= body.length) {
              exchange.close();
              return;
            }
            out.write(body[i]);
            out.flush();
            timer.schedule(step[0], interval.toNanos(), TimeUnit.NANOSECONDS);
          } catch (IOException e) {
            exchange.close();
          }
        };
    timer.schedule(step[0], interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
    timer.shutdownNow();
    executor.shutdownNow();
  }
}
