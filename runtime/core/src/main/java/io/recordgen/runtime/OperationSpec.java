package io.recordgen.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
 */
public record OperationSpec(
    String id, String method, String pathTemplate, boolean idempotent, List<String> security) {

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
        id, upper, pathTemplate, IDEMPOTENT_METHODS.contains(upper), List.of());
  }

  /** A copy that declares whether the operation may be resent. */
  public OperationSpec withIdempotent(boolean value) {
    return new OperationSpec(id, method, pathTemplate, value, security);
  }

  /** A copy authorised by any of these security schemes. */
  public OperationSpec withSecurity(String... schemes) {
    return new OperationSpec(id, method, pathTemplate, idempotent, List.of(schemes));
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
