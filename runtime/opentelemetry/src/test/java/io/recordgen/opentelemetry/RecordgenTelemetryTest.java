package io.recordgen.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.ConnectFailedException;
import io.recordgen.runtime.RetryPolicy;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spans and propagation of a traced client against a local server, read from memory. */
class RecordgenTelemetryTest {
  private static final OperationSpec LIST = OperationSpec.of("listPets", "GET", "/pets/{kind}");

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final List<String> traceparents = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private OpenTelemetrySdk otel;
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          traceparents.add(exchange.getRequestHeaders().getFirst("traceparent"));
          int status = requests.incrementAndGet() == 1 ? 503 : 200;
          byte[] body = "{}".getBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    otel.close();
  }

  private ApiClient client(URI endpoint) {
    return RecordgenTelemetry.create(otel)
        .configure(
            ApiClient.builder()
                .endpoint(endpoint)
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO)))
        .build();
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  record Empty() {}

  private static ApiCall<Empty> list() {
    return ApiCall.builder(LIST, ResponseType.of(Empty.class))
        .path("kind", "cat")
        .query("api_key", "s3cr3t")
        .build();
  }

  private SpanData named(String name, int index) {
    return exporter.getFinishedSpanItems().stream()
        .filter(s -> s.getName().equals(name))
        .toList()
        .get(index);
  }

  @Test
  void aCallSpanHoldsOneClientSpanPerAttemptAndEachAttemptCarriesItsOwnContext() {
    client(endpoint()).execute(list());

    SpanData call = named("listPets", 0);
    SpanData first = named("GET /pets/{kind}", 0);
    SpanData second = named("GET /pets/{kind}", 1);
    assertThat(exporter.getFinishedSpanItems()).hasSize(3);
    assertThat(call.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(call.getAttributes().get(RecordgenTelemetry.STATUS)).isEqualTo(200L);
    assertThat(List.of(first, second))
        .allSatisfy(
            attempt -> {
              assertThat(attempt.getKind()).isEqualTo(SpanKind.CLIENT);
              assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
              assertThat(attempt.getTraceId()).isEqualTo(call.getTraceId());
              assertThat(attempt.getAttributes().get(RecordgenTelemetry.METHOD)).isEqualTo("GET");
              assertThat(attempt.getAttributes().get(RecordgenTelemetry.TEMPLATE))
                  .isEqualTo("/pets/{kind}");
              assertThat(attempt.getAttributes().get(RecordgenTelemetry.ADDRESS))
                  .isEqualTo("127.0.0.1");
              assertThat(attempt.getAttributes().get(RecordgenTelemetry.PORT))
                  .isEqualTo((long) server.getAddress().getPort());
              assertThat(attempt.getAttributes().get(RecordgenTelemetry.URL))
                  .isEqualTo(endpoint() + "/pets/cat?api_key=REDACTED");
            });
    assertThat(first.getAttributes().get(RecordgenTelemetry.STATUS)).isEqualTo(503L);
    assertThat(first.getAttributes().get(RecordgenTelemetry.ERROR)).isEqualTo("503");
    assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(first.getAttributes().get(RecordgenTelemetry.RESENDS)).isNull();
    assertThat(second.getAttributes().get(RecordgenTelemetry.RESENDS)).isEqualTo(1L);
    assertThat(second.getAttributes().get(RecordgenTelemetry.STATUS)).isEqualTo(200L);
    assertThat(traceparents)
        .containsExactly(
            "00-" + first.getTraceId() + "-" + first.getSpanId() + "-" + flags(first),
            "00-" + second.getTraceId() + "-" + second.getSpanId() + "-" + flags(second));
  }

  private static String flags(SpanData span) {
    assertThat(span.getSpanContext().isSampled()).isTrue();
    return span.getSpanContext().getTraceFlags().asHex();
  }

  @Test
  void aFailureWithoutAResponseIsTheExceptionsType() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    ApiClient client = client(URI.create("http://127.0.0.1:" + port));

    assertThatThrownBy(() -> client.execute(list())).isInstanceOf(ConnectFailedException.class);
    SpanData call = named("listPets", 0);
    assertThat(call.getAttributes().get(RecordgenTelemetry.ERROR))
        .isEqualTo(ConnectFailedException.class.getName());
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getEvents()).extracting(e -> e.getName()).contains("exception");
  }

  @Test
  void anAsyncCallIsAChildOfTheSpanThatStartedIt() throws Exception {
    ApiClient client = client(endpoint());
    Span parent = otel.getTracer("test").spanBuilder("request handler").startSpan();
    Scope scope = parent.makeCurrent();
    try {
      client.exchangeAsync(list(), CallOptions.none()).get(10, TimeUnit.SECONDS);
    } finally {
      scope.close();
      parent.end();
    }

    SpanData call = named("listPets", 0);
    assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(call.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
    // The retry is sent later from a runtime thread, and still belongs to the call.
    SpanData first = named("GET /pets/{kind}", 0);
    SpanData second = named("GET /pets/{kind}", 1);
    assertThat(List.of(first, second))
        .allSatisfy(attempt -> assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId()));
    assertThat(second.getAttributes().get(RecordgenTelemetry.RESENDS)).isEqualTo(1L);
    assertThat(traceparents).hasSize(2).doesNotContainNull();
  }
}
