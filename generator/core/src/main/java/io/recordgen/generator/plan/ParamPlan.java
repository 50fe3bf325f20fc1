package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import io.recordgen.generator.model.ParamLocation;
import java.util.List;

/**
 * A parameter of a client method.
 *
 * @param javaName the Java parameter (or component) name
 * @param wireName the name on the wire
 * @param location where it travels
 * @param type its Java type, without nullness annotation
 * @param nullable whether it may be {@code null} (optional)
 * @param javadoc documentation text, unescaped
 * @param checks constraints checked before sending
 * @param explode for query collections: one key per item, or one joined value
 * @param sensitive whether values must never be shown ({@code format: password} or {@code
 *     x-sensitive: true}): rejected values stay out of violation messages
 * @param pointer the JSON pointer of the parameter
 */
public record ParamPlan(
    String javaName,
    String wireName,
    ParamLocation location,
    TypeName type,
    boolean nullable,
    String javadoc,
    List<Check> checks,
    boolean explode,
    boolean sensitive,
    String pointer) {
  public ParamPlan {
    checks = List.copyOf(checks);
  }
}
