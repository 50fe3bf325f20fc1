package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record: a schema's object, or the optional parameters of an operation.
 *
 * @param name the class name
 * @param kind what the record stands for
 * @param target the name used in constraint violation messages
 * @param javadoc documentation text, unescaped
 * @param components its components in spec order
 * @param checksVariable the name of the constructor's local that collects violations
 * @param pointer the JSON pointer of the schema or operation
 * @param interfaces the unions ({@link UnionPlan}) it is an alternative of, in planning order
 * @param additional the map of properties the schema does not declare, when it keeps them
 *     ({@code additionalProperties} next to {@code properties}); never {@code null} in a value
 * @param builder whether it gets a builder: records a caller builds (parameters, and bodies
 *     with three components or more that travel to the server); not those only ever decoded
 */
public record RecordPlan(
    ClassName name,
    Kind kind,
    String target,
    String javadoc,
    List<ComponentPlan> components,
    String checksVariable,
    String pointer,
    List<ClassName> interfaces,
    @Nullable ComponentPlan additional,
    boolean builder)
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
        checksVariable,
        pointer,
        unions,
        additional,
        builder);
  }

  /** What a record stands for. */
  public enum Kind {
    /** A JSON object: wire names in {@code @JsonProperty}. */
    MODEL,
    /** Optional parameters of an operation, passed to a client method. */
    PARAMETERS,
    /**
     * One alternative of a union that is not an object: a single {@code value} component that
     * is the JSON value itself.
     */
    WRAPPER,
    /** The body and the declared headers of a response, made by a generated client. */
    RESULT
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
