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
 * @param names the identifiers of its own members
 * @param packed for an enumeration with more values than constants fit in a class initialiser:
 *     every value packed as the runtime's {@code OpenEnum.unpack} reads them, in chunks that fit a
 *     class file's string constants; {@code constants} is then empty
 */
public record OpenEnumPlan(
    ClassName name,
    String javadoc,
    TypeName valueType,
    List<Constant> constants,
    String pointer,
    Names names,
    List<String> packed)
    implements TypePlan {

  public OpenEnumPlan {
    constants = List.copyOf(constants);
    packed = List.copyOf(packed);
  }

  /**
   * One listed value.
   *
   * @param name the constant's Java name
   * @param value the wire value as text
   */
  public record Constant(String name, String value) {}

  /**
   * The identifiers of an open enumeration's own members.
   *
   * @param value the component that holds the wire value
   * @param known the list of constants
   * @param of the factory that returns a constant or a new instance
   * @param isKnown whether a value is listed
   * @param knownValues the static list of every constant
   * @param knownType the nested Java enum of the listed values, for {@code switch}
   * @param knownMethod the method that returns a value's constant of that enum
   * @param unrecognized that enum's constant for a value the spec does not list
   * @param index the local of that method that holds a value's position among the constants
   */
  public record Names(
      String value,
      String known,
      String of,
      String isKnown,
      String knownValues,
      String knownType,
      String knownMethod,
      String unrecognized,
      String index) {}
}
