package io.recordgen.runtime.http;

import io.recordgen.runtime.Upload;
import io.recordgen.runtime.support.OperationSpec;
import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable HTTP request on its way through the interceptor chain.
 *
 * <p>{@link #toString()} shows the method, the path template and header names only: the URI
 * query and header values may carry secrets.
 */
public final class Request {
  private final OperationSpec operation;
  private final String method;
  private final URI uri;
  private final Headers headers;
  private final byte @Nullable [] body;
  private final @Nullable Upload upload;
  private final boolean streamsResponse;
  private final Map<Class<?>, Object> tags;

  /**
   * Creates a request.
   *
   * @param operation the spec operation it performs
   * @param uri the absolute URI, already encoded
   * @param headers header fields
   * @param body the encoded body, or {@code null} for none
   */
  public Request(OperationSpec operation, URI uri, Headers headers, byte @Nullable [] body) {
    this(operation, uri, headers, body, null, false);
  }

  /**
   * Creates a request whose body may be streamed, and whose successful response may be.
   *
   * @param body the encoded body, or {@code null} for none or a streamed one
   * @param upload the streamed body, or {@code null}
   * @param streamsResponse whether a successful response's body is handed over as a stream
   *     rather than read whole
   */
  public Request(
      OperationSpec operation,
      URI uri,
      Headers headers,
      byte @Nullable [] body,
      @Nullable Upload upload,
      boolean streamsResponse) {
    this(operation, uri, headers, body, upload, streamsResponse, Map.of());
  }

  private Request(
      OperationSpec operation,
      URI uri,
      Headers headers,
      byte @Nullable [] body,
      @Nullable Upload upload,
      boolean streamsResponse,
      Map<Class<?>, Object> tags) {
    if (body != null && upload != null) {
      throw new IllegalArgumentException("a request has bytes or an upload, not both");
    }
    this.operation = Objects.requireNonNull(operation, "operation");
    this.method = operation.method();
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body;
    this.upload = upload;
    this.streamsResponse = streamsResponse;
    this.tags = tags;
  }

  /** The spec operation this request performs. */
  public OperationSpec operation() {
    return operation;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The absolute, encoded URI. */
  public URI uri() {
    return uri;
  }

  /** Header fields. */
  public Headers headers() {
    return headers;
  }

  /**
   * The body bytes, or {@code null} when there is no body or it is streamed ({@link #upload()});
   * callers must not modify the array.
   */
  public byte @Nullable [] body() {
    return body;
  }

  /** The streamed body, or {@code null}. */
  public @Nullable Upload upload() {
    return upload;
  }

  /** Whether the body can be sent again: none, bytes, or a replayable upload. */
  public boolean replayable() {
    return upload == null || upload.replayable();
  }

  /** Whether a successful response's body is handed over as a stream rather than read whole. */
  public boolean streamsResponse() {
    return streamsResponse;
  }

  /** A copy with {@code name} set to {@code value}. */
  public Request withHeader(String name, String value) {
    return new Request(
        operation, uri, headers.with(name, value), body, upload, streamsResponse, tags);
  }

  /** A copy sent to another URI, such as one with a query parameter added. */
  public Request withUri(URI replacement) {
    return new Request(operation, replacement, headers, body, upload, streamsResponse, tags);
  }

  /** A copy without header {@code name}. */
  public Request withoutHeader(String name) {
    return new Request(operation, uri, headers.without(name), body, upload, streamsResponse, tags);
  }

  /** A copy with other headers. */
  public Request withHeaders(Headers replacement) {
    return new Request(operation, uri, replacement, body, upload, streamsResponse, tags);
  }

  /**
   * A copy that carries {@code value} for interceptors further down the chain, under its type (as
   * OkHttp's request tags): a tracing interceptor passes its span this way to the attempts that a
   * retry sends later on another thread. Tags are never sent.
   */
  public <T> Request withTag(Class<T> type, T value) {
    Map<Class<?>, Object> next = new HashMap<>(tags);
    next.put(
        Objects.requireNonNull(type, "type"), type.cast(Objects.requireNonNull(value, "value")));
    return new Request(
        operation, uri, headers, body, upload, streamsResponse, Collections.unmodifiableMap(next));
  }

  /** The tag of {@code type} an interceptor attached, if any. */
  public <T> Optional<T> tag(Class<T> type) {
    return Optional.ofNullable(type.cast(tags.get(type)));
  }

  @Override
  public String toString() {
    return method + " " + operation.pathTemplate() + " " + headers;
  }
}
