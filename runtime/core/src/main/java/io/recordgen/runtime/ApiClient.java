package io.recordgen.runtime;

import io.recordgen.runtime.http.Deadline;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.internal.AsyncCall;
import io.recordgen.runtime.internal.AuthSelector;
import io.recordgen.runtime.internal.FormEncoding;
import io.recordgen.runtime.internal.JdkTransport;
import io.recordgen.runtime.internal.LoggingInterceptor;
import io.recordgen.runtime.internal.RealChain;
import io.recordgen.runtime.internal.RetryInterceptor;
import io.recordgen.runtime.internal.RuntimeThreads;
import io.recordgen.runtime.internal.UriEncoding;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.EncodedBody;
import io.recordgen.runtime.support.Multipart;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, thread-safe client for one service endpoint: the transport, timeouts, auth and
 * codec that generated API interfaces run on. Build one per endpoint and share it.
 *
 * <pre>{@code
 * ApiClient client = ApiClient.builder()
 *     .endpoint(URI.create("https://gaussdb.cn-north-4.myhuaweicloud.com"))
 *     .auth(BearerAuth.of(Secret.of(System.getenv("TOKEN"))))
 *     .build();
 * BackupsApi backups = BackupsApi.create(client);
 * }</pre>
 *
 * <p>Defaults: connect timeout 10 s, per-attempt timeout 30 s, call deadline 2 min, response
 * bodies up to 32 MiB, redirects never followed, {@link RetryPolicy#defaults()}.
 *
 * <p>The interceptor chain, outermost first: your call interceptors, logging (one line per call
 * at DEBUG), retries, authentication (chosen per operation from its security schemes), your
 * attempt interceptors, the transport.
 */
public final class ApiClient {
  /** Default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default per-attempt timeout, body included. */
  public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

  /** Default deadline of a whole call, across attempts. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  /** Default largest response body accepted. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  /** The header that carries a call's idempotency key (IETF httpapi-idempotency-key-header). */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final String USER_AGENT = "recordgen/0.1";

  private final URI endpoint;
  private final String base;
  private final Duration connectTimeout;
  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final long maxResponseBytes;
  private final AuthSelector auth;
  private final @Nullable Interceptor builderAuth;
  private final Map<String, Interceptor> builderAuthByScheme;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Headers defaultHeaders;

  /** The headers every request starts with, computed once rather than on every call. */
  private final Headers requestHeaders;

  private final List<Interceptor> callInterceptors;
  private final List<Interceptor> attemptInterceptors;
  private final JsonCodec codec;
  private final @Nullable HttpClient customHttpClient;
  private final Executor executor;
  private final Clock clock;
  private final List<Interceptor> chain;

  private ApiClient(Builder builder) {
    if (builder.endpoint == null) {
      throw new IllegalStateException("endpoint is required");
    }
    this.endpoint = builder.endpoint;
    String text = endpoint.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.connectTimeout = builder.connectTimeout;
    this.attemptTimeout = builder.attemptTimeout;
    this.callTimeout = builder.callTimeout;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.auth = new AuthSelector(builder.authByScheme, builder.auth);
    this.builderAuth = builder.auth;
    this.builderAuthByScheme = Map.copyOf(builder.authByScheme);
    this.retryPolicy = builder.retryPolicy;
    this.sleeper = builder.sleeper;
    this.random = builder.random;
    this.defaultHeaders = builder.defaultHeaders;
    Headers start = defaultHeaders.with("Accept", "application/json");
    this.requestHeaders =
        start.contains("User-Agent") ? start : start.with("User-Agent", USER_AGENT);
    this.callInterceptors = List.copyOf(builder.callInterceptors);
    this.attemptInterceptors = List.copyOf(builder.attemptInterceptors);
    this.codec = builder.codec != null ? builder.codec : JsonCodec.defaultCodec();
    this.customHttpClient = builder.httpClient;
    this.executor = builder.executor == null ? RuntimeThreads.callbacks() : builder.executor;
    this.clock = builder.clock;
    HttpClient http =
        customHttpClient != null
            ? customHttpClient
            : HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(RuntimeThreads.io())
                .build();

    List<Interceptor> all = new ArrayList<>(callInterceptors);
    all.add(new LoggingInterceptor(clock));
    all.add(new RetryInterceptor(retryPolicy, sleeper, random, clock));
    all.add(auth);
    all.addAll(attemptInterceptors);
    all.add(new JdkTransport(http, attemptTimeout, maxResponseBytes));
    this.chain = List.copyOf(all);
  }

  /**
   * The executor that asynchronous calls complete on when the builder is given none: a pool of
   * four daemon threads shared by every client, for wrapping (say, to carry a tracing context)
   * and passing back to {@link Builder#executor}.
   */
  public static Executor defaultExecutor() {
    return RuntimeThreads.callbacks();
  }

  /** Starts configuring a client. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this client's settings, to derive a client that differs in some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.endpoint = endpoint;
    b.connectTimeout = connectTimeout;
    b.attemptTimeout = attemptTimeout;
    b.callTimeout = callTimeout;
    b.maxResponseBytes = maxResponseBytes;
    b.auth = builderAuth;
    b.authByScheme.putAll(builderAuthByScheme);
    b.retryPolicy = retryPolicy;
    b.sleeper = sleeper;
    b.random = random;
    b.defaultHeaders = defaultHeaders;
    b.callInterceptors.addAll(callInterceptors);
    b.attemptInterceptors.addAll(attemptInterceptors);
    b.codec = codec;
    b.httpClient = customHttpClient;
    b.executor = executor == RuntimeThreads.callbacks() ? null : executor;
    b.clock = clock;
    return b;
  }

  /** The service endpoint every path is resolved against. */
  public URI endpoint() {
    return endpoint;
  }

  /** The JSON codec. */
  public JsonCodec codec() {
    return codec;
  }

  /**
   * Performs a call and decodes its successful response; for {@link ResponseType#none()} the
   * result is {@code null}.
   *
   * @throws ApiException when the service answers with an error status
   * @throws TransportException when no usable response arrived
   * @throws DecodingException when the response body does not match the operation's schema
   * @throws InvalidRequestException when the request cannot be built safely
   */
  public <T> T execute(ApiCall<T> call) {
    return exchange(call, CallOptions.none()).body();
  }

  /**
   * Performs a call and returns the decoded body with the status and headers.
   *
   * @throws ApiException when the service answers with an error status
   * @throws TransportException when no usable response arrived
   * @throws DecodingException when the response body does not match the operation's schema
   * @throws InvalidRequestException when the request cannot be built safely
   */
  public <T> ApiResponse<T> exchange(ApiCall<T> call) {
    return exchange(call, CallOptions.none());
  }

  /**
   * Performs a call with per-call options: its deadline and attempt timeout, extra headers
   * (which replace the client's of the same name), a retry policy and attributes for
   * interceptors. The client, its connections and its threads are the same.
   *
   * @throws ApiException when the service answers with an error status
   * @throws TransportException when no usable response arrived
   * @throws DecodingException when the response body does not match the operation's schema; it
   *     keeps the status, headers, request id and body
   * @throws InvalidRequestException when the request cannot be built safely
   */
  public <T> ApiResponse<T> exchange(ApiCall<T> call, CallOptions options) {
    Objects.requireNonNull(options, "options");
    Request request = prepare(call, options);
    Deadline deadline = Deadline.after(options.timeout().orElse(callTimeout), clock);
    Response response = new RealChain(chain, request, deadline, options).run();
    return ApiResponse.of(response.status(), response.headers(), handle(call, response));
  }

  /** The call's request with the options' headers and the idempotency key. */
  private Request prepare(ApiCall<?> call, CallOptions options) {
    Request request = toRequest(call);
    if (!options.headers().isEmpty()) {
      Headers[] merged = {request.headers()};
      options.headers().forEach((name, value) -> merged[0] = merged[0].with(name, value));
      request = request.withHeaders(merged[0]);
    }
    return withIdempotencyKey(request, options);
  }

  /**
   * Performs a call with per-call options without blocking: no thread waits while the request
   * is in flight or between attempts, and the deadline counts from this method's call. The
   * future completes on the client's {@linkplain Builder#executor executor} with the response,
   * or fails with the same exceptions {@link #exchange(ApiCall, CallOptions)} throws.
   *
   * <p>Cancelling the future aborts the exchange in flight (its connection is closed) and every
   * attempt still to come.
   */
  public <T> CompletableFuture<ApiResponse<T>> exchangeAsync(ApiCall<T> call, CallOptions options) {
    Objects.requireNonNull(options, "options");
    Request request;
    Deadline deadline = Deadline.after(options.timeout().orElse(callTimeout), clock);
    try {
      request = prepare(call, options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    AsyncCall state = new AsyncCall(executor);
    CompletableFuture<ApiResponse<T>> result =
        new RealChain(chain, request, deadline, options, state)
            .runAsync()
            .handleAsync(
                (response, failure) -> {
                  if (failure != null) {
                    throw RealChain.unwrap(failure);
                  }
                  return ApiResponse.of(
                      response.status(), response.headers(), handle(call, response));
                },
                executor);
    result.whenComplete(
        (response, failure) -> {
          if (result.isCancelled()) {
            state.cancel();
          }
        });
    return result;
  }

  /**
   * Performs a call without blocking, like {@link #exchangeAsync}, and gives only the body; the
   * future fails with the same exceptions {@link #execute} throws (wrapped in {@link
   * CompletionException} when joined).
   */
  public <T> CompletableFuture<T> executeAsync(ApiCall<T> call) {
    return exchangeAsync(call, CallOptions.none()).thenApply(ApiResponse::body);
  }

  /**
   * Sets the call's idempotency key once, so that every attempt sends the same: the caller's
   * (under the operation's declared header, else {@link #IDEMPOTENCY_KEY}), else a new random
   * one when the operation declares a header and the caller did not set it as a parameter.
   */
  private static Request withIdempotencyKey(Request request, CallOptions options) {
    String declared = request.operation().idempotencyKeyHeader();
    String header = declared != null ? declared : IDEMPOTENCY_KEY;
    if (options.idempotencyKey().isPresent()) {
      return request.withHeader(header, options.idempotencyKey().get());
    }
    if (declared != null && request.headers().firstValue(declared).isEmpty()) {
      return request.withHeader(declared, UUID.randomUUID().toString());
    }
    return request;
  }

  private Request toRequest(ApiCall<?> call) {
    OperationSpec operation = call.operation();
    StringBuilder uri = new StringBuilder(base.length() + 64).append(base);
    appendPath(uri, operation, call.pathParams());
    char separator = '?';
    for (ApiCall.Param param : call.queryParams()) {
      uri.append(separator).append(UriEncoding.encode(param.name())).append('=');
      uri.append(param.encoded() ? param.value() : UriEncoding.encode(param.value()));
      separator = '&';
    }

    Headers headers = requestHeaders;
    for (ApiCall.Param param : call.headerParams()) {
      headers = headers.with(param.name(), param.value());
    }
    if (!call.cookieParams().isEmpty()) {
      StringBuilder cookie = new StringBuilder();
      for (ApiCall.Param param : call.cookieParams()) {
        if (cookie.length() > 0) {
          cookie.append("; ");
        }
        cookie.append(param.name()).append('=').append(UriEncoding.encode(param.value()));
      }
      headers = headers.with("Cookie", cookie.toString());
    }
    byte[] body = null;
    Upload upload = null;
    if (call.body() instanceof Upload streamed) {
      upload = streamed;
      headers = headers.with("Content-Type", call.contentType());
    } else if (call.body() != null) {
      EncodedBody encoded = encodeBody(call.body(), call.contentType());
      body = encoded.bytes();
      headers = headers.with("Content-Type", encoded.contentType());
    }
    return new Request(
        operation,
        URI.create(uri.toString()),
        headers,
        body,
        upload,
        call.responseType().streams());
  }

  /**
   * Encodes a body for its media type: multipart bodies and raw bytes as they are, form bodies
   * as form fields, text as UTF-8, everything else as JSON.
   */
  private EncodedBody encodeBody(Object value, String mediaType) {
    if (value instanceof Multipart multipart) {
      return multipart.encode(codec);
    }
    if (value instanceof Bytes bytes) {
      return new EncodedBody(bytes.toByteArray(), mediaType);
    }
    if (value instanceof byte[] bytes) {
      return new EncodedBody(bytes.clone(), mediaType);
    }
    String bare = mediaType.toLowerCase(java.util.Locale.ROOT);
    if (bare.startsWith("application/x-www-form-urlencoded")) {
      return new EncodedBody(
          FormEncoding.encode(codec.toPlain(value)).getBytes(StandardCharsets.US_ASCII), mediaType);
    }
    if (bare.startsWith("text/") && value instanceof CharSequence text) {
      return new EncodedBody(
          text.toString().getBytes(StandardCharsets.UTF_8),
          bare.contains("charset=") ? mediaType : mediaType + "; charset=UTF-8");
    }
    return new EncodedBody(codec.encode(value), mediaType);
  }

  /**
   * Expands the path template. Each value becomes exactly one segment: a {@code /} is encoded,
   * and values that would be read as path structure (empty, {@code .}, {@code ..}) are refused.
   */
  private static void appendPath(
      StringBuilder uri, OperationSpec operation, List<ApiCall.Param> params) {
    String template = operation.pathTemplate();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        uri.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("malformed path template " + template);
      }
      uri.append(template, i, open);
      String name = template.substring(open + 1, close);
      String value = null;
      boolean encoded = false;
      for (ApiCall.Param param : params) {
        if (param.name().equals(name)) {
          value = param.value();
          encoded = param.encoded();
          break;
        }
      }
      if (value == null) {
        throw new InvalidRequestException(
            operation.describe() + ": path parameter " + name + " is missing");
      }
      if (value.isEmpty() || value.equals(".") || value.equals("..")) {
        throw new InvalidRequestException(
            operation.describe()
                + ": path parameter "
                + name
                + " must not be empty, \".\" or \"..\"");
      }
      uri.append(encoded ? value : UriEncoding.encode(value));
      i = close + 1;
    }
  }

  private <T> T handle(ApiCall<T> call, Response response) {
    OperationSpec operation = call.operation();
    if (!response.isSuccessful()) {
      throw ErrorMapping.toException(operation, response, codec);
    }
    ResponseType<T> type = call.responseType();
    if (type.isNone()) {
      return null; // ResponseType.none() is ResponseType<Void>: null is its only value.
    }
    if (type.streams()) {
      InputStream stream =
          response.stream() != null ? response.stream() : new ByteArrayInputStream(response.body());
      Object streamed =
          type.kind() == ResponseType.Kind.STREAM
              ? new Download(stream, response.headers(), operation.describe(), maxResponseBytes)
              : new EventStream(stream, codec, operation.describe(), maxResponseBytes);
      @SuppressWarnings("unchecked") // download() is ResponseType<Download>, events() <EventStream>
      T typed = (T) streamed;
      return typed;
    }
    if (response.body().length == 0) {
      throw new DecodingException(
          operation.describe() + ": status " + response.status() + " without the expected body",
          null,
          response);
    }
    if (type.kind() == ResponseType.Kind.BYTES) {
      @SuppressWarnings("unchecked") // ResponseType.bytes() is ResponseType<Bytes>
      T bytes = (T) Bytes.of(response.body());
      return bytes;
    }
    if (type.kind() == ResponseType.Kind.TEXT) {
      @SuppressWarnings("unchecked") // ResponseType.text() is ResponseType<String>
      T text = (T) new String(response.body(), Download.charset(response.headers()));
      return text;
    }
    try {
      return codec.decode(response.body(), type.type());
    } catch (DecodingException e) {
      throw new DecodingException(operation.describe() + ": " + e.getMessage(), e, response);
    }
  }

  /** Endpoint, timeouts and the auth type; never credentials. */
  @Override
  public String toString() {
    return "ApiClient[endpoint="
        + endpoint
        + ", connectTimeout="
        + connectTimeout
        + ", attemptTimeout="
        + attemptTimeout
        + ", callTimeout="
        + callTimeout
        + ", auth="
        + auth
        + ", retries="
        + retryPolicy.maxAttempts()
        + "]";
  }

  /** Configures an {@link ApiClient}. Only the endpoint is required. */
  public static final class Builder {
    private @Nullable URI endpoint;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private @Nullable Interceptor auth;
    private final Map<String, Interceptor> authByScheme = new LinkedHashMap<>();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();
    private Headers defaultHeaders = Headers.empty();
    private final List<Interceptor> callInterceptors = new ArrayList<>();
    private final List<Interceptor> attemptInterceptors = new ArrayList<>();
    private @Nullable JsonCodec codec;
    private @Nullable HttpClient httpClient;
    private @Nullable Executor executor;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The service endpoint, such as {@code https://gaussdb.cn-north-4.myhuaweicloud.com}. */
    public Builder endpoint(URI value) {
      String scheme = value.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("endpoint must be an http or https URI");
      }
      if (value.getRawQuery() != null || value.getRawFragment() != null) {
        throw new IllegalArgumentException("endpoint must not have a query or fragment");
      }
      this.endpoint = value;
      return this;
    }

    /** The service endpoint as text. */
    public Builder endpoint(String value) {
      return endpoint(URI.create(value));
    }

    /** How long to wait for a connection. */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive(value, "connectTimeout");
      return this;
    }

    /** How long one attempt may take, from sending to the last byte of the body. */
    public Builder attemptTimeout(Duration value) {
      this.attemptTimeout = positive(value, "attemptTimeout");
      return this;
    }

    /** How long a whole call may take, across retries and waits. */
    public Builder callTimeout(Duration value) {
      this.callTimeout = positive(value, "callTimeout");
      return this;
    }

    /** The largest response body accepted; larger ones fail without being read. */
    public Builder maxResponseBytes(long value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = value;
      return this;
    }

    /**
     * How operations that need credentials are authenticated, whatever their security schemes:
     * {@link io.recordgen.runtime.auth.BearerAuth}, {@link io.recordgen.runtime.auth.ApiKeyAuth},
     * {@link io.recordgen.runtime.auth.OAuth2ClientCredentials}, or a provider of another module
     * (Huawei Cloud's are in {@code recordgen-huaweicloud}).
     */
    public Builder auth(Interceptor value) {
      this.auth = Objects.requireNonNull(value, "auth");
      return this;
    }

    /**
     * How operations that list security scheme {@code scheme} (a name under {@code
     * components/securitySchemes}) are authenticated; it wins over {@link #auth(Interceptor)}.
     */
    public Builder auth(String scheme, Interceptor value) {
      authByScheme.put(
          Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(value, "auth"));
      return this;
    }

    /** When calls are sent again; see {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
      return this;
    }

    /** How the client waits between attempts; tests pass one that does not sleep (internal). */
    Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /** The random source of backoff jitter. */
    Builder random(RandomGenerator value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /** A header sent with every call; parameters of the same name override it. */
    public Builder defaultHeader(String name, String value) {
      this.defaultHeaders = defaultHeaders.with(name, value);
      return this;
    }

    /** An interceptor that sees each call once, before retries and auth. */
    public Builder addInterceptor(Interceptor value) {
      callInterceptors.add(Objects.requireNonNull(value, "interceptor"));
      return this;
    }

    /** An interceptor that sees every attempt as sent, after auth. */
    public Builder addAttemptInterceptor(Interceptor value) {
      attemptInterceptors.add(Objects.requireNonNull(value, "interceptor"));
      return this;
    }

    /** The JSON codec. */
    public Builder codec(JsonCodec value) {
      this.codec = Objects.requireNonNull(value, "codec");
      return this;
    }

    /** A JDK client of your own (proxy, TLS, executor); its connect timeout then applies. */
    public Builder httpClient(HttpClient value) {
      this.httpClient = Objects.requireNonNull(value, "httpClient");
      return this;
    }

    /**
     * Where asynchronous calls complete (so where callbacks on their futures run), and where an
     * interceptor that is not an {@link io.recordgen.runtime.http.AsyncInterceptor} runs in an
     * asynchronous call; by default {@link #defaultExecutor()}. The exchange itself never runs
     * here, and never holds a thread while in flight.
     */
    public Builder executor(Executor value) {
      this.executor = Objects.requireNonNull(value, "executor");
      return this;
    }

    /** The clock deadlines are measured on; tests use a controllable one. */
    Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The client. */
    public ApiClient build() {
      return new ApiClient(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
