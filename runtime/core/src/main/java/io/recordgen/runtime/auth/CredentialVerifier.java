package io.recordgen.runtime.auth;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server side of a {@link Credentials}: decides whether a request as it was received carries
 * valid credentials. A stub server takes one per security scheme, so that a scheme a provider
 * checks in a way of its own (Huawei Cloud's AK/SK signatures, say) is verified the way the real
 * gateway verifies it.
 */
@FunctionalInterface
public interface CredentialVerifier {
  /** Why the request's credentials are rejected, or empty when they are accepted. */
  Optional<String> reject(Received request);

  /**
   * A request as a server received it, before anything decoded it.
   *
   * @param method the method, upper case
   * @param rawPath the path as sent, percent-encoding kept
   * @param rawQuery the query as sent, or {@code null}
   * @param headers every header by its lower-case name, values in the order received
   * @param body the body's bytes
   */
  record Received(
      String method,
      String rawPath,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    public Received {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(rawPath, "rawPath");
      headers = Map.copyOf(headers);
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    /** The values of a header, by any case of its name. */
    public List<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Received that
          && method.equals(that.method)
          && rawPath.equals(that.rawPath)
          && Objects.equals(rawQuery, that.rawQuery)
          && headers.equals(that.headers)
          && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
      return Objects.hash(method, rawPath, rawQuery, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
      return "Received[" + method + " " + rawPath + ", " + body.length + " bytes]";
    }
  }
}
