package io.recordgen.contract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request the stub server received.
 *
 * @param method the HTTP method
 * @param path the raw (still encoded) path
 * @param query the raw query, or {@code null}
 * @param headers header fields with lower-case names
 * @param body the body bytes
 * @param operationId the spec operation it matched, or {@code null}
 */
public record RecordedRequest(
    String method,
    String path,
    @Nullable String query,
    Map<String, List<String>> headers,
    byte[] body,
    @Nullable String operationId) {

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedRequest that
        && method.equals(that.method)
        && path.equals(that.path)
        && java.util.Objects.equals(query, that.query)
        && headers.equals(that.headers)
        && java.util.Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(method, path, query);
  }

  /** Method and path only: headers may carry credentials. */
  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query);
  }
}
