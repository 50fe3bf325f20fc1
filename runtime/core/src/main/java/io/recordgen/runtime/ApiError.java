package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facts of an error response, as carried by {@link ApiException}.
 *
 * @param operation the operation that failed, for example {@code createBackup (POST /v3/...)}
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the raw body, possibly empty, HTML or otherwise not JSON
 * @param errorCode the service's error code, where the spec's error schema puts it, when the
 *     body carries one
 * @param errorMessage the service's error message, likewise
 * @param requestId the {@code X-Request-Id} response header, when present
 */
public record ApiError(
    String operation,
    int status,
    Headers headers,
    byte[] body,
    @Nullable String errorCode,
    @Nullable String errorMessage,
    @Nullable String requestId) {

  public ApiError {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiError that
        && status == that.status
        && operation.equals(that.operation)
        && java.util.Arrays.equals(body, that.body)
        && Objects.equals(errorCode, that.errorCode)
        && Objects.equals(errorMessage, that.errorMessage)
        && Objects.equals(requestId, that.requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, status, errorCode, errorMessage, requestId);
  }

  @Override
  public String toString() {
    return "ApiError[" + operation + ", " + status + ", " + errorCode + "]";
  }
}
