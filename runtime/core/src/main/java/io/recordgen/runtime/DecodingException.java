package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A body could not be turned into the expected type: not JSON, truncated, a wrong type, a value
 * that would be silently changed (a float for an integer, a duplicate key), or a value that
 * breaks the schema's constraints ({@link #getCause()} is then a {@link
 * ConstraintViolationException}). The message locates the problem but never quotes the body.
 *
 * <p>When it comes from a response, it keeps what the server sent: the status, the headers, the
 * request id and the body up to {@value #MAX_BODY} bytes, so that a 201 whose body does not
 * decode still tells the id of what was created.
 */
public final class DecodingException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  /** The most bytes of the body kept. */
  public static final int MAX_BODY = 64 * 1024;

  private final int status;
  private final transient @Nullable Headers headers;
  private final @Nullable String requestId;
  private final byte[] body;

  DecodingException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.headers = null;
    this.requestId = null;
    this.body = new byte[0];
  }

  DecodingException(String message) {
    super(message);
    this.status = 0;
    this.headers = null;
    this.requestId = null;
    this.body = new byte[0];
  }

  /** A body of {@code response} that did not decode. */
  DecodingException(String message, @Nullable Throwable cause, Response response) {
    super(message, cause);
    this.status = response.status();
    this.headers = response.headers();
    this.requestId = ApiResponse.requestId(response.headers());
    this.body = Arrays.copyOf(response.body(), Math.min(response.body().length, MAX_BODY));
  }

  /** The status of the response, or {@code 0} when the failure did not come from one. */
  public int status() {
    return status;
  }

  /** The headers of the response; empty when the failure did not come from one. */
  public Headers headers() {
    return headers == null ? Headers.empty() : headers;
  }

  /** The request id the server gave, if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The body as received, up to {@value #MAX_BODY} bytes. */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text, up to {@value #MAX_BODY} bytes. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
