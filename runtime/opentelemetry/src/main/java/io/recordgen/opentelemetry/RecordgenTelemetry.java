package io.recordgen.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.OperationSpec;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Traces Recordgen clients with OpenTelemetry, following its semantic conventions for HTTP
 * clients:
 *
 * <ul>
 *   <li>one span per call, named after the operation ({@code createBackup}), around every attempt
 *       and the waits between them;
 *   <li>one {@code CLIENT} span per attempt, named {@code POST /v3/{project_id}/backups/create},
 *       with {@code http.request.method}, {@code url.template}, {@code url.full} (query values
 *       redacted), {@code server.address}, {@code server.port}, {@code
 *       http.request.resend_count} from the second attempt, {@code http.response.status_code} and
 *       {@code error.type};
 *   <li>the attempt's context injected into the request ({@code traceparent} with the W3C
 *       propagator), after authentication, so that signatures do not cover it.
 * </ul>
 *
 * <pre>{@code
 * ApiClient client = RecordgenTelemetry.create(openTelemetry)
 *     .configure(ApiClient.builder().endpoint(endpoint))
 *     .build();
 * }</pre>
 */
public final class RecordgenTelemetry {
  static final String INSTRUMENTATION = "io.recordgen.runtime";
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> RESENDS = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");

  private static final TextMapSetter<Map<String, String>> SETTER = Map::put;

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  private RecordgenTelemetry(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  /** Tracing with this OpenTelemetry's tracer provider and propagators. */
  public static RecordgenTelemetry create(OpenTelemetry openTelemetry) {
    return new RecordgenTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /**
   * Adds both interceptors to the builder, and runs async calls on the runtime's default executor
   * wrapped so that a call keeps the context of the thread that started it.
   */
  public ApiClient.Builder configure(ApiClient.Builder builder) {
    return configure(builder, ApiClient.defaultExecutor());
  }

  /** Like {@link #configure(ApiClient.Builder)}, with async calls on {@code executor}. */
  public ApiClient.Builder configure(ApiClient.Builder builder, Executor executor) {
    return builder
        .addInterceptor(callInterceptor())
        .addAttemptInterceptor(attemptInterceptor())
        .executor(Context.taskWrapping(executor));
  }

  /** The interceptor of the call span; it sees each call once, before retries. */
  public Interceptor callInterceptor() {
    return chain -> {
      OperationSpec operation = chain.request().operation();
      Span span =
          tracer
              .spanBuilder(operation.id())
              .setSpanKind(SpanKind.INTERNAL)
              .setAttribute(METHOD, operation.method())
              .setAttribute(TEMPLATE, operation.pathTemplate())
              .startSpan();
      return traced(span, () -> chain.proceed(chain.request()));
    };
  }

  /** The interceptor of attempt spans; it sees every attempt as sent, after authentication. */
  public Interceptor attemptInterceptor() {
    return chain -> {
      Request request = chain.request();
      OperationSpec operation = request.operation();
      URI uri = request.uri();
      var builder =
          tracer
              .spanBuilder(operation.method() + " " + operation.pathTemplate())
              .setSpanKind(SpanKind.CLIENT)
              .setAttribute(METHOD, operation.method())
              .setAttribute(TEMPLATE, operation.pathTemplate())
              .setAttribute(URL, redacted(uri));
      if (uri.getHost() != null) {
        builder.setAttribute(ADDRESS, uri.getHost());
      }
      builder.setAttribute(PORT, (long) port(uri));
      if (chain.attempt() > 1) {
        builder.setAttribute(RESENDS, (long) chain.attempt() - 1);
      }
      Span span = builder.startSpan();
      Map<String, String> carrier = new LinkedHashMap<>();
      propagator.inject(Context.current().with(span), carrier, SETTER);
      Request sent = request;
      for (Map.Entry<String, String> header : carrier.entrySet()) {
        sent = sent.withHeader(header.getKey(), header.getValue());
      }
      Request withContext = sent;
      return traced(span, () -> chain.proceed(withContext));
    };
  }

  /** Runs the exchange with the span current, and ends it with the outcome. */
  private static Response traced(Span span, Exchange exchange) {
    Scope scope = span.makeCurrent();
    try {
      Response response = exchange.run();
      span.setAttribute(STATUS, (long) response.status());
      if (response.status() >= 400) {
        span.setAttribute(ERROR, String.valueOf(response.status()));
        span.setStatus(StatusCode.ERROR);
      }
      return response;
    } catch (RuntimeException | Error e) {
      span.setAttribute(ERROR, e.getClass().getName());
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      span.recordException(e);
      throw e;
    } finally {
      scope.close();
      span.end();
    }
  }

  /** The URI with every query value replaced, since a value may be a credential. */
  static String redacted(URI uri) {
    String query = uri.getRawQuery();
    StringBuilder text = new StringBuilder();
    text.append(uri.getScheme()).append("://").append(uri.getRawAuthority());
    text.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (query != null && !query.isEmpty()) {
      char separator = '?';
      for (String pair : query.split("&", -1)) {
        int equals = pair.indexOf('=');
        text.append(separator).append(equals < 0 ? pair : pair.substring(0, equals));
        text.append("=REDACTED");
        separator = '&';
      }
    }
    return text.toString();
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** An exchange that the span surrounds. */
  @FunctionalInterface
  private interface Exchange {
    Response run();
  }

  @Override
  public String toString() {
    return "RecordgenTelemetry[" + INSTRUMENTATION + "]";
  }
}
