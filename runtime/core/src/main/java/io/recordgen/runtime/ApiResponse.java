package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A successful response: its status, headers and request id with the decoded body. Every
 * generated operation returns one from its {@code ...WithResponse} method; the headers its spec
 * declares are read typed with {@link #header(HeaderKey)}.
 *
 * @param status the 2xx status
 * @param headers the response headers
 * @param requestId the id the server gave the request ({@code X-Request-Id} and its kin), if any
 * @param body the decoded body; {@code null} only for operations without one
 * @param <T> the body type
 */
public record ApiResponse<T>(int status, Headers headers, @Nullable String requestId, T body) {
  /** The headers servers name request ids in, in the order they are looked for. */
  private static final String[] REQUEST_ID_HEADERS = {
    "X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id"
  };

  public ApiResponse {
    Objects.requireNonNull(headers, "headers");
  }

  /** A response whose request id is read from its headers. */
  public static <T> ApiResponse<T> of(int status, Headers headers, T body) {
    return new ApiResponse<>(status, headers, requestId(headers), body);
  }

  /**
   * The value of a header the spec declares, typed: {@code String}, a number, {@code Boolean},
   * {@code OffsetDateTime} (RFC 3339 or any HTTP-date form), {@code LocalDate}, {@code UUID} or
   * {@code URI}.
   *
   * @return the value, or {@code null} when the response does not have the header
   * @throws DecodingException when the value is not of that type
   */
  public <V> @Nullable V header(HeaderKey<V> key) {
    return key.read(headers);
  }

  /** This response with another body, for wrappers that convert it. */
  public <U> ApiResponse<U> withBody(U value) {
    return new ApiResponse<>(status, headers, requestId, value);
  }

  /** The request id the server gave a response, or {@code null}. */
  static @Nullable String requestId(Headers headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.firstValue(name).orElse(null);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
