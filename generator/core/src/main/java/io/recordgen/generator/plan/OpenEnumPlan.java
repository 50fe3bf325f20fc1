package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * An enumeration that keeps unknown values: a record over the wire value with a constant for
 * every value the spec lists.
 *
 * @param name the class name
 * @param javadoc documentation text, unescaped
 * @param valueType the Java type of the wire value ({@code String}, {@code Long}...)
 * @param constants the listed values in spec order
 * @param pointer the JSON pointer of the schema
 */
public record OpenEnumPlan(
    ClassName name, String javadoc, TypeName valueType, List<Constant> constants, String pointer)
    implements TypePlan {

  public OpenEnumPlan {
    constants = List.copyOf(constants);
  }

  /**
   * One listed value.
   *
   * @param name the constant's Java name
   * @param value the wire value as text
   */
  public record Constant(String name, String value) {}
}
