package io.recordgen.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks the constraints its OpenAPI schema declares. It carries every
 * violation of the object at once, not only the first.
 */
public final class ConstraintViolationException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  private final String target;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param target what was validated, for example {@code CreateBackupRequest}
   * @param violations at least one violation
   */
  ConstraintViolationException(String target, List<Violation> violations) {
    super(render(target, violations));
    this.target = target;
    this.violations = List.copyOf(violations);
  }

  /** What was validated: a schema name, or an operation for parameters. */
  public String target() {
    return target;
  }

  /** Every violation found, in declaration order of the fields. */
  public List<Violation> violations() {
    return violations;
  }

  private static String render(String target, List<Violation> violations) {
    return violations.size()
        + (violations.size() == 1 ? " constraint violation" : " constraint violations")
        + " in "
        + target
        + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
