package io.recordgen.contract;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Broken connections the stub plays on request: no response, a cut body, a dribbled one. */
final class Faults {
  private Faults() {}

  static void breakConnection(HttpExchange exchange, Fault fault, ScheduledExecutorService timer)
      throws IOException {
    if (fault instanceof Fault.EmptyResponse) {
      exchange.close(); // no status line: the client sees the connection end
      return;
    }
    if (fault instanceof Fault.TruncatedBody truncated) {
      byte[] body = truncated.response().body();
      truncated.response().headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(truncated.response().status(), Math.max(body.length, 2));
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, body.length / 2);
      out.flush();
      exchange.close();
      return;
    }
    Fault.Dribble dribble = (Fault.Dribble) fault;
    byte[] body = dribble.response().body();
    dribble.response().headers().forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(dribble.response().status(), body.length);
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
            timer.schedule(step[0], dribble.interval().toNanos(), TimeUnit.NANOSECONDS);
          } catch (IOException e) {
            exchange.close(); // the client hung up
          }
        };
    timer.schedule(step[0], dribble.interval().toNanos(), TimeUnit.NANOSECONDS);
  }
}
