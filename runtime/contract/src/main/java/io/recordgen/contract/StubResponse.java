package io.recordgen.contract;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response the stub server sends.
 *
 * @param status the status code
 * @param headers header fields
 * @param body the body, possibly empty
 */
public record StubResponse(int status, Map<String, String> headers, byte[] body) {
  public StubResponse {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A JSON response. */
  public static StubResponse json(int status, String json) {
    return new StubResponse(
        status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
  }

  /** A response with a body of any media type. */
  public static StubResponse text(int status, String contentType, String text) {
    return new StubResponse(
        status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8));
  }

  /** A response without a body. */
  public static StubResponse empty(int status) {
    return new StubResponse(status, Map.of(), new byte[0]);
  }

  /** A copy with one more header. */
  public StubResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new StubResponse(status, copy, body);
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StubResponse that
        && status == that.status
        && headers.equals(that.headers)
        && java.util.Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return 31 * status + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "StubResponse[" + status + ", " + headers.keySet() + ", " + body.length + " bytes]";
  }
}
