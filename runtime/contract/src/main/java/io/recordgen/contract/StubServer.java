package io.recordgen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.recordgen.runtime.auth.CredentialVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP server on 127.0.0.1 that behaves as a spec says: it matches each request to an
 * operation, validates it against the spec with swagger-request-validator, answers an invalid
 * one with 400 in the API's own error shape ({@code {"error_code", "error_msg"}}), and a valid
 * one with the example of the operation's success response.
 *
 * <p>Tests steer it per operation with {@link #when(String)}: a status, a fixed body, a delay, a
 * broken connection, or a handler with state of its own. Every request is recorded.
 *
 * <pre>{@code
 * try (StubServer stub = StubServer.builder(ContractSpec.fromResource("openapi/backup-api.yaml"))
 *     .errorCode("DBS.200001").start()) {
 *   stub.when("createBackup").reply(Reply.example(500));
 *   ... call stub.uri() ...
 * }
 * }</pre>
 */
public final class StubServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;
  private static final String REQUEST = "recordgen.request";
  static final String REASON = "recordgen.reason";
  private static final String STARTED = "recordgen.started";

  private final ContractSpec spec;
  private final Routes routes;
  private final @Nullable Consumer<StubLog> listener;
  private final Engine engine;
  private final ErrorShapes errors;
  private final Map<String, Function<RecordedRequest, StubResponse>> extras;
  private final HttpServer server;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Map<String, OperationStub> stubs = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private StubServer(Builder builder) throws IOException {
    this.spec = builder.spec;
    this.routes = new Routes(spec.openApi());
    this.listener = builder.listener;
    this.extras = Map.copyOf(builder.extras);
    this.errors = new ErrorShapes(spec.openApi(), builder.seed, builder.errorTemplate);
    this.engine =
        new Engine(
            spec,
            new Examples(spec.openApi(), builder.seed),
            errors,
            new CredentialGate(spec.openApi(), builder.verifiers, builder.authenticate),
            builder.seed,
            builder.errorCode,
            builder.authErrorCode,
            builder.validateRequests);
    AtomicInteger threads = new AtomicInteger();
    this.workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "stub-server-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "stub-server-timer");
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        HttpServer.create(
            new InetSocketAddress(
                builder.host == null
                    ? InetAddress.getLoopbackAddress()
                    : InetAddress.getByName(builder.host),
                builder.port),
            64);
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  /** Starts configuring a server for {@code spec}. */
  public static Builder builder(ContractSpec spec) {
    return new Builder(spec);
  }

  /** Starts a server for {@code spec} on a free port with default settings. */
  public static StubServer start(ContractSpec spec) {
    return builder(spec).start();
  }

  /** The base URI, such as {@code http://127.0.0.1:41234}. */
  public URI uri() {
    java.net.InetAddress bound = server.getAddress().getAddress();
    String host =
        bound.isAnyLocalAddress() || bound.isLoopbackAddress()
            ? "127.0.0.1"
            : bound instanceof java.net.Inet6Address
                ? "[" + bound.getHostAddress() + "]"
                : bound.getHostAddress();
    return URI.create("http://" + host + ":" + port());
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The spec the server serves. */
  public ContractSpec spec() {
    return spec;
  }

  /**
   * Controls how an operation answers from now on.
   *
   * @throws IllegalArgumentException if the spec has no such operation
   */
  public OperationStub when(String operationId) {
    if (routes.byId(operationId) == null) {
      throw new IllegalArgumentException(spec.name() + " has no operation " + operationId);
    }
    return stubs.computeIfAbsent(operationId, id -> new OperationStub());
  }

  /** Every request received so far, in order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests received for one operation. */
  public List<RecordedRequest> requests(String operationId) {
    return requests.stream().filter(r -> operationId.equals(r.operationId())).toList();
  }

  /** Forgets every scenario and recorded request. */
  public void reset() {
    stubs.clear();
    requests.clear();
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    server.stop(0);
    timer.shutdownNow();
    workers.shutdownNow();
  }

  /** How one operation answers: replies in order (the last one repeats), or a handler. */
  public static final class OperationStub {
    private volatile List<Reply> replies = List.of();
    private final AtomicInteger served = new AtomicInteger();
    private volatile @Nullable Function<RecordedRequest, Reply> handler;

    private OperationStub() {}

    /** Answers with these replies in turn; the last one keeps answering. */
    public OperationStub reply(Reply... sequence) {
      this.handler = null;
      this.served.set(0);
      this.replies = List.of(sequence);
      return this;
    }

    /**
     * Answers with what {@code handler} decides for each request the spec allows; requests it
     * does not allow are still answered with 400 (when the server validates requests), so the
     * handler only ever sees valid input.
     */
    public OperationStub handle(Function<RecordedRequest, Reply> handler) {
      this.replies = List.of();
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** Answers with the spec's example for {@code status}. */
    public OperationStub status(int status) {
      return reply(Reply.example(status));
    }

    /** Answers with a fixed response. */
    public OperationStub respond(StubResponse response) {
      return reply(Reply.respond(response));
    }

    /** Answers as the spec says, after {@code delay}. */
    public OperationStub delay(Duration delay) {
      return reply(Reply.delayed(delay, Reply.fromSpec()));
    }

    /** Breaks the connection. */
    public OperationStub fault(Fault fault) {
      return reply(Reply.fault(fault));
    }

    @Nullable Function<RecordedRequest, Reply> handler() {
      return handler;
    }

    Reply next() {
      List<Reply> sequence = replies;
      if (sequence.isEmpty()) {
        return Reply.fromSpec();
      }
      int index = served.getAndIncrement();
      return sequence.get(Math.min(index, sequence.size() - 1));
    }
  }

  /** Configures a {@link StubServer}. */
  public static final class Builder {
    private final ContractSpec spec;
    private int port;
    private String errorCode = "STUB.400";
    private String authErrorCode = "STUB.401";
    private boolean validateRequests = true;
    private long seed;
    private @Nullable String host;
    private @Nullable Consumer<StubLog> listener;
    private final Map<String, Function<RecordedRequest, StubResponse>> extras =
        new java.util.LinkedHashMap<>();
    private final Map<String, CredentialVerifier> verifiers = new java.util.LinkedHashMap<>();
    private boolean authenticate;
    private @Nullable JsonNode errorTemplate;

    private Builder(ContractSpec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** The address to listen on: 127.0.0.1 unless set, such as {@code 0.0.0.0} for all. */
    public Builder host(String value) {
      this.host = Objects.requireNonNull(value, "host");
      return this;
    }

    /** Told of every request answered, for a request log; called on the server's threads. */
    public Builder log(Consumer<StubLog> value) {
      this.listener = Objects.requireNonNull(value, "log");
      return this;
    }

    /**
     * Answers {@code method path} (an exact path) with {@code handler} where the spec has no
     * operation, such as the token endpoint of an identity service the API's clients call first.
     */
    public Builder route(
        String method, String path, Function<RecordedRequest, StubResponse> handler) {
      extras.put(method.toUpperCase(Locale.ROOT) + " " + path, Objects.requireNonNull(handler));
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The {@code error_code} of the 400 sent for requests the spec does not allow. */
    public Builder errorCode(String value) {
      this.errorCode = Objects.requireNonNull(value);
      return this;
    }

    /** The {@code error_code} of the 401 sent for requests without the required credentials. */
    public Builder authErrorCode(String value) {
      this.authErrorCode = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The seed of the values synthesized for responses the spec has no example of (default 0):
     * the same seed answers the same values.
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Verifies the credentials of security scheme {@code scheme} with {@code verifier}, such as
     * {@code io.recordgen.huaweicloud.AkSkVerifier} for an AK/SK scheme, rather than only
     * checking that they are present. A request no alternative of its operation's security lets
     * through gets 401 in the API's error shape, with the reasons.
     */
    public Builder verify(String scheme, CredentialVerifier verifier) {
      verifiers.put(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(verifier));
      return this;
    }

    /**
     * Checks credentials as a gateway would (off unless asked for, or a scheme has a {@link
     * #verify verifier}): a request that no security alternative of its operation lets through
     * gets 401 in the API's error shape, with the reasons. Schemes without a verifier need their
     * credential present: an API key, an {@code Authorization} header, a bearer token.
     */
    public Builder authenticate() {
      this.authenticate = true;
      return this;
    }

    /**
     * Shapes every error the stub sends itself (400, 401, 404, ...) by a JSON template instead of
     * the spec's error schemas: {@code {{status}}}, {@code {{code}}} and {@code {{message}}}
     * inside its strings are replaced, and a string that is exactly {@code "{{status}}"} becomes
     * the number.
     *
     * @throws IllegalArgumentException when {@code json} is not JSON
     */
    public Builder errorTemplate(String json) {
      this.errorTemplate = ErrorShapes.template(json);
      return this;
    }

    /** Whether requests are validated against the spec (default {@code true}). */
    public Builder validateRequests(boolean value) {
      this.validateRequests = value;
      return this;
    }

    /** Starts the server. */
    public StubServer start() {
      try {
        return new StubServer(this);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot start the stub server", e);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.setAttribute(STARTED, System.nanoTime());
    try {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_REQUEST_BYTES);
      }
      URI uri = exchange.getRequestURI();
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      Routes.Route route = routes.match(method, uri.getRawPath());
      Map<String, List<String>> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      RecordedRequest request =
          new RecordedRequest(
              method,
              uri.getRawPath(),
              uri.getRawQuery(),
              Collections.unmodifiableMap(headers),
              body,
              route == null ? null : route.operationId());
      requests.add(request);
      exchange.setAttribute(REQUEST, request);
      Function<RecordedRequest, StubResponse> extra = extras.get(method + " " + uri.getRawPath());
      if (route == null && extra != null) {
        send(exchange, extra.apply(request));
        return;
      }
      if (route == null) {
        int status = routes.pathExists(uri.getRawPath()) ? 405 : 404;
        String reason = "no operation for " + method + " " + uri.getRawPath();
        exchange.setAttribute(REASON, reason);
        send(exchange, errors.stub(status, "STUB." + status, reason));
        return;
      }
      OperationStub stub = stubs.get(route.operationId());
      Function<RecordedRequest, Reply> handler = stub == null ? null : stub.handler();
      if (handler != null) {
        StubResponse invalid = engine.validate(route, request, exchange::setAttribute);
        if (invalid != null) {
          send(exchange, invalid);
          return;
        }
        perform(exchange, route, request, handler.apply(request));
        return;
      }
      perform(exchange, route, request, stub == null ? Reply.fromSpec() : stub.next());
    } catch (RuntimeException e) {
      send(exchange, errors.stub(500, "STUB.500", "the stub failed: " + e));
    }
  }

  private void perform(
      HttpExchange exchange, Routes.Route route, RecordedRequest request, Reply reply)
      throws IOException {
    if (reply instanceof Reply.Delayed delayed) {
      timer.schedule(
          () -> {
            try {
              perform(exchange, route, request, delayed.then());
            } catch (IOException | RuntimeException e) {
              exchange.close();
            }
          },
          delayed.delay().toNanos(),
          TimeUnit.NANOSECONDS);
      return;
    }
    if (reply instanceof Reply.Respond respond) {
      send(exchange, respond.response());
    } else if (reply instanceof Reply.Example example) {
      send(exchange, engine.example(route, request, example.status(), exchange::setAttribute));
    } else if (reply instanceof Reply.Break broken) {
      Faults.breakConnection(exchange, broken.fault(), timer);
    } else {
      send(exchange, engine.fromSpec(route, request, exchange::setAttribute));
    }
  }

  /** An error in the API's shape: {@code {"error_code": ..., "error_msg": ...}}. */
  public static StubResponse error(int status, String code, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error_code", code);
    body.put("error_msg", message);
    return StubResponse.json(status, body.toString());
  }

  private void send(HttpExchange exchange, StubResponse response) throws IOException {
    log(exchange, response.status());
    try {
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      if (!response.headers().containsKey("X-Request-Id")) {
        exchange.getResponseHeaders().set("X-Request-Id", "stub-" + requests.size());
      }
      byte[] body = response.body();
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }

  private void log(HttpExchange exchange, int status) {
    if (listener == null) {
      return;
    }
    RecordedRequest request = (RecordedRequest) exchange.getAttribute(REQUEST);
    Long started = (Long) exchange.getAttribute(STARTED);
    URI uri = exchange.getRequestURI();
    listener.accept(
        new StubLog(
            exchange.getRequestMethod(),
            uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
            request == null ? null : request.operationId(),
            status,
            (String) exchange.getAttribute(REASON),
            started == null ? 0 : (System.nanoTime() - started) / 1_000_000));
  }

  /** Every operation served, as {@code METHOD /template operationId}, in match order. */
  public List<String> routes() {
    return routes.describe();
  }

  @Override
  public String toString() {
    return "StubServer[" + spec.name() + " at " + uri() + "]";
  }
}
