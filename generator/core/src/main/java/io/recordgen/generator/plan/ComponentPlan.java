package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One component of a generated record.
 *
 * @param javaName the component name
 * @param wireName the JSON property (or parameter) name
 * @param type the Java type of a value, without nullness annotation
 * @param presence whether the property must be there and whether it may be {@code null}
 * @param javadoc documentation text, unescaped; empty for none
 * @param checks constraints in the order they are checked
 * @param copy how the constructor makes collections unmodifiable
 * @param sensitive whether values must never be shown
 * @param defaultJson the spec's default value, for documentation
 */
public record ComponentPlan(
    String javaName,
    String wireName,
    TypeName type,
    Presence presence,
    String javadoc,
    List<Check> checks,
    Copy copy,
    boolean sensitive,
    @Nullable String defaultJson) {

  public ComponentPlan {
    checks = List.copyOf(checks);
  }

  /** Whether a Java value may be {@code null}: for every presence but {@code REQUIRED}. */
  public boolean nullable() {
    return presence != Presence.REQUIRED;
  }

  /**
   * Whether a property must be in the JSON and whether it may be {@code null} there. The spec
   * tells these apart with {@code required} and {@code nullable} (or a {@code "null"} type).
   */
  public enum Presence {
    /** Always there, never {@code null}. */
    REQUIRED,
    /** May be absent; {@code null} in Java means absent. */
    OPTIONAL,
    /** Always there, perhaps as {@code null}: written even when {@code null}. */
    REQUIRED_NULLABLE,
    /**
     * May be absent, or there as {@code null}, in a body sent to the server, where the two mean
     * different things (leave as is, or clear): a {@code Tristate}.
     */
    OPTIONAL_NULLABLE
  }

  /** How a collection component is copied. */
  public enum Copy {
    /** Not a collection. */
    NONE,
    /** {@code List.copyOf}, or an unmodifiable copy when items may be null. */
    LIST,
    /** An unmodifiable, insertion-ordered map. */
    MAP
  }
}
