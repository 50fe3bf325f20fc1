package io.recordgen.runtime;

import io.recordgen.runtime.internal.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * One broken constraint: the JSON field (wire name, with an index for list items), the rule as
 * OpenAPI names it ({@code required}, {@code pattern}, {@code maxLength}...), a message and the
 * rejected value.
 *
 * @param field wire name of the field, for example {@code instance_id} or {@code tags[2]}
 * @param rule the OpenAPI keyword that was violated
 * @param message what was expected, in words
 * @param rejectedValue the value that broke the rule, or {@code null} when it was missing or is
 *     sensitive
 * @param sensitive whether the value was withheld because the spec marks the field sensitive
 */
public record Violation(
    String field, String rule, String message, @Nullable Object rejectedValue, boolean sensitive) {

  /** Renders the violation for people: {@code instance_id: must match ... (pattern), was "x"}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(field).append(": ").append(message);
    text.append(" (").append(rule).append(')');
    if (sensitive) {
      text.append(", value withheld");
    } else if (rejectedValue != null) {
      text.append(", was ").append(Redaction.quote(rejectedValue));
    }
    return text.toString();
  }
}
