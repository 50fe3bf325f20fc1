package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record: a schema's object, a union's wrapper of one value, or an operation's input.
 *
 * @param name the class name
 * @param kind what the record stands for
 * @param target the name used in constraint violation messages
 * @param javadoc documentation text, unescaped
 * @param components its components in spec order
 * @param pointer the JSON pointer of the schema or operation
 * @param interfaces the unions ({@link UnionPlan}) it is an alternative of, in planning order
 * @param additional the map of properties the schema does not declare, when it keeps them
 *     ({@code additionalProperties} next to {@code properties}); never {@code null} in a value
 * @param builder whether it gets a builder: every record a caller builds, requests and
 *     responses alike (tests build responses); not a union's wrapper of one value
 * @param factory the static factory of the required components, for inputs
 * @param names the identifiers its code uses besides the components
 */
public record RecordPlan(
    ClassName name,
    Kind kind,
    String target,
    String javadoc,
    List<ComponentPlan> components,
    String pointer,
    List<ClassName> interfaces,
    @Nullable ComponentPlan additional,
    boolean builder,
    @Nullable Factory factory,
    Names names)
    implements TypePlan {

  public RecordPlan {
    components = List.copyOf(components);
    interfaces = List.copyOf(interfaces);
  }

  /** A copy that implements {@code unions}. */
  public RecordPlan withInterfaces(List<ClassName> unions) {
    return new RecordPlan(
        name,
        kind,
        target,
        javadoc,
        components,
        pointer,
        unions,
        additional,
        builder,
        factory,
        names);
  }

  /**
   * A static factory that takes the required components and leaves the others {@code null}:
   * {@code CreateBackupInput.of(body)}.
   *
   * @param name the factory's name
   * @param components the components it takes, in component order
   */
  public record Factory(String name, List<String> components) {
    public Factory {
      components = List.copyOf(components);
    }
  }

  /**
   * The identifiers of a record's code besides its components, each allocated where the code
   * declares it, so none clashes with a component, a constant or another local.
   *
   * @param violations the compact constructor's collector of violations
   * @param present the parameter of the lambda that copies a present {@code Tristate} value
   * @param builderType the nested builder class
   * @param builderMethod the static method that returns an empty builder
   * @param toBuilderMethod the method that returns a builder from the record's values
   * @param build the builder's method that makes the record
   * @param source the builder constructor's parameter that copies a record
   * @param put the builder's method that adds one undeclared property
   * @param putName its parameter for the property name
   * @param putValue its parameter for the value
   * @param putCopy its local copy of the map
   */
  public record Names(
      String violations,
      String present,
      String builderType,
      String builderMethod,
      String toBuilderMethod,
      String build,
      String source,
      String put,
      String putName,
      String putValue,
      String putCopy) {}

  /** What a record stands for. */
  public enum Kind {
    /** A JSON object: wire names in {@code @JsonProperty}. */
    MODEL,
    /**
     * One alternative of a union that is not an object: a single {@code value} component that
     * is the JSON value itself.
     */
    WRAPPER,
    /** Every parameter and the body of an operation, which its client methods take. */
    INPUT
  }

  /** The components in declaration order: the declared ones, then the additional map. */
  public List<ComponentPlan> allComponents() {
    if (additional == null) {
      return components;
    }
    List<ComponentPlan> all = new java.util.ArrayList<>(components);
    all.add(additional);
    return List.copyOf(all);
  }

  /** Whether {@code toString()} must hide some values. */
  public boolean hasSensitiveComponents() {
    return components.stream().anyMatch(ComponentPlan::sensitive);
  }
}
