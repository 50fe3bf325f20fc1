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
import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.OperationSpec;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

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
   * Adds both interceptors to the builder. Blocking and asynchronous calls are traced alike: an
   * asynchronous call's span is a child of the context current where it was started, and its
   * attempts are children of the call span whichever thread sends them.
   */
  public ApiClient.Builder configure(ApiClient.Builder builder) {
    return builder.addInterceptor(callInterceptor()).addAttemptInterceptor(attemptInterceptor());
  }

  /** The interceptor of the call span; it sees each call once, before retries. */
  public AsyncInterceptor callInterceptor() {
    return new Spans() {
      @Override
      Span start(Request request, Context parent, int attempt) {
        OperationSpec operation = request.operation();
        return tracer
            .spanBuilder(operation.id())
            .setParent(parent)
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(METHOD, operation.method())
            .setAttribute(TEMPLATE, operation.pathTemplate())
            .startSpan();
      }

      @Override
      Request handOn(Request request, Context context) {
        // Attempts may start later on another thread: the context travels with the request.
        return request.withTag(Context.class, context);
      }
    };
  }

  /** The interceptor of attempt spans; it sees every attempt as sent, after authentication. */
  public AsyncInterceptor attemptInterceptor() {
    return new Spans() {
      @Override
      Span start(Request request, Context parent, int attempt) {
        OperationSpec operation = request.operation();
        URI uri = request.uri();
        var builder =
            tracer
                .spanBuilder(operation.method() + " " + operation.pathTemplate())
                .setParent(parent)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(METHOD, operation.method())
                .setAttribute(TEMPLATE, operation.pathTemplate())
                .setAttribute(URL, redacted(uri));
        if (uri.getHost() != null) {
          builder.setAttribute(ADDRESS, uri.getHost());
        }
        builder.setAttribute(PORT, (long) port(uri));
        if (attempt > 1) {
          builder.setAttribute(RESENDS, (long) attempt - 1);
        }
        return builder.startSpan();
      }

      @Override
      Request handOn(Request request, Context context) {
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(context, carrier, SETTER);
        Request sent = request;
        for (Map.Entry<String, String> header : carrier.entrySet()) {
          sent = sent.withHeader(header.getKey(), header.getValue());
        }
        return sent;
      }
    };
  }

  /**
   * A span around the rest of the chain, blocking or not: its parent is the context the call
   * span passed down with the request, else the current one.
   */
  private abstract static class Spans implements AsyncInterceptor {
    abstract Span start(Request request, Context parent, int attempt);

    abstract Request handOn(Request request, Context context);

    @Override
    public Response intercept(Chain chain) {
      Request request = chain.request();
      Context parent = request.tag(Context.class).orElseGet(Context::current);
      Span span = start(request, parent, chain.attempt());
      Context context = parent.with(span);
      Scope scope = context.makeCurrent();
      try {
        Response response = chain.proceed(handOn(request, context));
        end(span, response, null);
        return response;
      } catch (RuntimeException | Error e) {
        end(span, null, e);
        throw e;
      } finally {
        scope.close();
      }
    }

    @Override
    public CompletableFuture<Response> interceptAsync(Chain chain) {
      Request request = chain.request();
      Context parent = request.tag(Context.class).orElseGet(Context::current);
      Span span = start(request, parent, chain.attempt());
      Context context = parent.with(span);
      CompletableFuture<Response> response;
      Scope scope = context.makeCurrent();
      try {
        response = chain.proceedAsync(handOn(request, context));
      } catch (RuntimeException | Error e) {
        end(span, null, e);
        throw e;
      } finally {
        scope.close();
      }
      return response.whenComplete((done, failure) -> end(span, done, failure));
    }
  }

  /** Ends a span with the outcome of what it surrounds. */
  private static void end(Span span, @Nullable Response response, @Nullable Throwable failure) {
    if (failure != null) {
      Throwable cause =
          failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure;
      span.setAttribute(ERROR, cause.getClass().getName());
      span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
      span.recordException(cause);
    } else if (response != null) {
      span.setAttribute(STATUS, (long) response.status());
      if (response.status() >= 400) {
        span.setAttribute(ERROR, String.valueOf(response.status()));
        span.setStatus(StatusCode.ERROR);
      }
    }
    span.end();
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

  @Override
  public String toString() {
    return "RecordgenTelemetry[" + INSTRUMENTATION + "]";
  }
}
