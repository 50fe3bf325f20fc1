package io.recordgen.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An immutable HTTP response, read completely (within the client's size limit).
 *
 * @param status the status code
 * @param headers header fields
 * @param body the body, possibly empty; callers must not modify it
 * @param attempt the attempt that produced it, from 1
 */
public record Response(int status, Headers headers, byte[] body, int attempt) {

  public Response {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
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
    return "Response[" + status + ", " + headers + ", " + body.length + " bytes]";
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
