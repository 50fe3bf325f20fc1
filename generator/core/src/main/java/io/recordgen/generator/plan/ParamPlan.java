package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
 * @param joined whether a list travels as one comma-joined query value ({@code explode:
 *     false}) rather than one key per item
 * @param sensitive whether values must never be shown ({@code format: password} or {@code
 *     x-sensitive: true}): rejected values stay out of violation messages
 * @param pointer the JSON pointer of the parameter
 * @param bound the implementation's field of the value the client was created with, for a
 *     client-bound parameter the input may leave out; {@code null} for any other
 */
public record ParamPlan(
    String javaName,
    String wireName,
    Location location,
    TypeName type,
    boolean nullable,
    String javadoc,
    List<Check> checks,
    boolean joined,
    boolean sensitive,
    String pointer,
    @Nullable String bound) {
  public ParamPlan {
    checks = List.copyOf(checks);
  }

  /** Where a parameter travels. */
  public enum Location {
    /** In the path template. */
    PATH,
    /** In the query string. */
    QUERY,
    /** In a request header. */
    HEADER,
    /** In the {@code Cookie} header. */
    COOKIE
  }

  /** This parameter under another name, with other checks. */
  public ParamPlan renamed(String name, boolean optional, List<Check> newChecks) {
    return new ParamPlan(
        name, wireName, location, type, optional, javadoc, newChecks, joined, sensitive, pointer,
        bound);
  }

  /** This parameter, kept in {@code field} when the input leaves it out. */
  public ParamPlan bound(String field) {
    return new ParamPlan(
        javaName, wireName, location, type, nullable, javadoc, checks, joined, sensitive, pointer,
        field);
  }
}
