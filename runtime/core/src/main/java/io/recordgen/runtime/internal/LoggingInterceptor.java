package io.recordgen.runtime.internal;

import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One line per call on {@code System.Logger} {@code io.recordgen.runtime.http} at DEBUG: method,
 * path template (never the expanded path or the query, which may hold ids or secrets), status,
 * duration, attempts and request id, plus response headers from an allowlist. Nothing else of
 * the request or response is ever logged.
 */
public final class LoggingInterceptor implements AsyncInterceptor {
  /** Response headers that may appear in logs. */
  public static final List<String> HEADER_ALLOWLIST =
      List.of("Content-Type", "Content-Length", "Retry-After", "X-Request-Id");

  private static final Logger LOG = System.getLogger("io.recordgen.runtime.http");

  private final Clock clock;

  public LoggingInterceptor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) {
    if (!LOG.isLoggable(Level.DEBUG)) {
      return chain.proceed(chain.request());
    }
    Request request = chain.request();
    Instant start = clock.instant();
    try {
      return succeeded(request, start, chain.proceed(request));
    } catch (RuntimeException e) {
      failed(request, start, e);
      throw e;
    }
  }

  @Override
  public CompletableFuture<Response> interceptAsync(Chain chain) {
    if (!LOG.isLoggable(Level.DEBUG)) {
      return chain.proceedAsync(chain.request());
    }
    Request request = chain.request();
    Instant start = clock.instant();
    return chain
        .proceedAsync(request)
        .whenComplete(
            (response, failure) -> {
              if (failure == null) {
                succeeded(request, start, response);
              } else {
                failed(request, start, RealChain.unwrap(failure));
              }
            });
  }

  private Response succeeded(Request request, Instant start, Response response) {
    LOG.log(
        Level.DEBUG,
        line(request, start)
            + " status="
            + response.status()
            + " attempts="
            + response.attempt()
            + " requestId="
            + response.headers().firstValue("X-Request-Id").orElse("-")
            + " headers="
            + allowed(response));
    return response;
  }

  private void failed(Request request, Instant start, RuntimeException e) {
    String status = e instanceof ApiException api ? String.valueOf(api.status()) : "none";
    LOG.log(
        Level.DEBUG,
        line(request, start) + " status=" + status + " failure=" + e.getClass().getSimpleName());
  }

  private String line(Request request, Instant start) {
    long millis = Duration.between(start, clock.instant()).toMillis();
    return request.operation().id()
        + " "
        + request.method()
        + " "
        + request.operation().pathTemplate()
        + " duration="
        + millis
        + "ms";
  }

  private static String allowed(Response response) {
    StringBuilder text = new StringBuilder("[");
    for (String name : HEADER_ALLOWLIST) {
      response
          .headers()
          .firstValue(name)
          .ifPresent(
              value -> {
                if (text.length() > 1) {
                  text.append(", ");
                }
                text.append(name).append('=').append(Redaction.forLog(value));
              });
    }
    return text.append(']').toString();
  }
}
