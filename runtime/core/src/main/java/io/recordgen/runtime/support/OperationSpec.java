package io.recordgen.runtime.support;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the runtime needs to know about one operation of the spec, as generated constants: its
 * id, method, path template, whether it may be resent, and which security schemes apply.
 *
 * @param id the operationId, used in logs and error messages
 * @param method the HTTP method in upper case
 * @param pathTemplate the path as the spec writes it, for example {@code /v3/{project_id}/backups}
 * @param idempotent whether sending it twice has the effect of sending it once; GET, HEAD, PUT,
 *     DELETE and OPTIONS are, other methods only when the spec says {@code x-idempotent: true}
 * @param security names of the security schemes any of which authorises the call; empty when the
 *     operation needs no credentials
 * @param idempotencyKeyHeader the request header that carries an idempotency key, when the spec
 *     declares one ({@code x-recordgen-idempotency-key}): every call then sends a key, the same on
 *     each attempt, and may be resent like a PUT; {@code null} otherwise
 * @param errorCodeField the JSON pointer (RFC 6901) of the service's error code in an error body,
 *     as the spec's error schemas declare it; {@code null} for the generic {@code code}
 * @param errorMessageField the JSON pointer of the error message; {@code null} for the generic
 *     {@code message}
 */
public record OperationSpec(
    String id,
    String method,
    String pathTemplate,
    boolean idempotent,
    List<String> security,
    @Nullable String idempotencyKeyHeader,
    @Nullable String errorCodeField,
    @Nullable String errorMessageField) {

  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  public OperationSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    method = method.toUpperCase(Locale.ROOT);
    security = List.copyOf(security);
  }

  /** An operation with the idempotency its method implies and no security. */
  public static OperationSpec of(String id, String method, String pathTemplate) {
    String upper = method.toUpperCase(Locale.ROOT);
    return new OperationSpec(
        id, upper, pathTemplate, IDEMPOTENT_METHODS.contains(upper), List.of(), null, null, null);
  }

  /** A copy that declares whether the operation may be resent. */
  public OperationSpec withIdempotent(boolean value) {
    return new OperationSpec(
        id,
        method,
        pathTemplate,
        value,
        security,
        idempotencyKeyHeader,
        errorCodeField,
        errorMessageField);
  }

  /** A copy whose calls carry an idempotency key in this request header. */
  public OperationSpec withIdempotencyKey(String header) {
    Objects.requireNonNull(header, "header");
    return new OperationSpec(
        id, method, pathTemplate, idempotent, security, header, errorCodeField, errorMessageField);
  }

  /** A copy authorised by any of these security schemes. */
  public OperationSpec withSecurity(String... schemes) {
    return new OperationSpec(
        id,
        method,
        pathTemplate,
        idempotent,
        List.of(schemes),
        idempotencyKeyHeader,
        errorCodeField,
        errorMessageField);
  }

  /**
   * A copy whose error bodies carry the service's code and message at these JSON pointers (such
   * as {@code /error_code}, {@code /error/message}); {@code null} for the generic field.
   */
  public OperationSpec withErrorFields(@Nullable String code, @Nullable String message) {
    return new OperationSpec(
        id, method, pathTemplate, idempotent, security, idempotencyKeyHeader, code, message);
  }

  /** Whether the operation needs credentials. */
  public boolean requiresAuth() {
    return !security.isEmpty();
  }

  /** For messages: {@code createBackup (POST /v3/{project_id}/backups/create)}. */
  public String describe() {
    return id + " (" + method + " " + pathTemplate + ")";
  }
}
