package io.recordgen.runtime.http;

import io.recordgen.runtime.OperationSpec;
import java.net.URI;
import java.util.Objects;
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

  /**
   * Creates a request.
   *
   * @param operation the spec operation it performs
   * @param uri the absolute URI, already encoded
   * @param headers header fields
   * @param body the encoded body, or {@code null} for none
   */
  public Request(OperationSpec operation, URI uri, Headers headers, byte @Nullable [] body) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.method = operation.method();
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body;
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

  /** The body bytes, or {@code null}; callers must not modify the array. */
  public byte @Nullable [] body() {
    return body;
  }

  /** A copy with {@code name} set to {@code value}. */
  public Request withHeader(String name, String value) {
    return new Request(operation, uri, headers.with(name, value), body);
  }

  /** A copy without header {@code name}. */
  public Request withoutHeader(String name) {
    return new Request(operation, uri, headers.without(name), body);
  }

  /** A copy with other headers. */
  public Request withHeaders(Headers replacement) {
    return new Request(operation, uri, replacement, body);
  }

  @Override
  public String toString() {
    return method + " " + operation.pathTemplate() + " " + headers;
  }
}
