package io.recordgen.runtime.http;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable HTTP response, read completely (within the client's size limit), or for a request
 * that {@linkplain Request#streamsResponse() streams} a successful response, with its body still on
 * the connection.
 *
 * @param status the status code
 * @param headers header fields
 * @param body the body, possibly empty, and empty when streamed; callers must not modify it
 * @param attempt the attempt that produced it, from 1
 * @param stream the streamed body, or {@code null} when it was read whole; whoever takes the
 *     response reads or closes it
 */
public record Response(
    int status, Headers headers, byte[] body, int attempt, @Nullable InputStream stream) {

  public Response {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /** A response read whole. */
  public Response(int status, Headers headers, byte[] body, int attempt) {
    this(status, headers, body, attempt, null);
  }

  /** A response of the first attempt. */
  public Response(int status, Headers headers, byte[] body) {
    this(status, headers, body, 1);
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** Status and header names; never the body, which may be large or sensitive. */
  @Override
  public String toString() {
    return "Response["
        + status
        + ", "
        + headers
        + ", "
        + (stream == null ? body.length + " bytes" : "streamed")
        + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Response that
        && status == that.status
        && headers.equals(that.headers)
        && java.util.Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return 31 * status + java.util.Arrays.hashCode(body);
  }
}
