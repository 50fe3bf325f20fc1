package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One component of a generated record.
 *
 * @param javaName the component name
 * @param wireName the JSON property (or parameter) name
 * @param type the Java type, without nullness annotation
 * @param nullable whether {@code null} is allowed (optional or nullable)
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
    boolean nullable,
    String javadoc,
    List<Check> checks,
    Copy copy,
    boolean sensitive,
    @Nullable String defaultJson) {

  public ComponentPlan {
    checks = List.copyOf(checks);
  }

  /** How a collection component is copied. */
  public enum Copy {
    /** Not a collection. */
    NONE,
    /** {@code List.copyOf}, or an unmodifiable copy when items may be null. */
    LIST,
    /** An unmodifiable, insertion-ordered set. */
    SET,
    /** An unmodifiable, insertion-ordered map. */
    MAP
  }
}
