package io.recordgen.generator.plan;

import io.recordgen.generator.model.HttpMethod;
import java.util.Set;

/**
 * What the runtime assumes unless generated code says otherwise, so that generated code only
 * says what differs. A test holds each answer to the runtime's own.
 */
final class RuntimeDefaults {
  /** The methods {@code OperationSpec.of} treats as safe to resend. */
  static final Set<HttpMethod> IDEMPOTENT_METHODS =
      Set.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.PUT,
          HttpMethod.DELETE,
          HttpMethod.OPTIONS,
          HttpMethod.TRACE);

  private RuntimeDefaults() {}

  /** Whether the runtime resends an operation of this method without being told. */
  static boolean idempotent(HttpMethod method) {
    return IDEMPOTENT_METHODS.contains(method);
  }
}
