package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A sealed interface for a {@code oneOf}, an {@code anyOf}, or the root of an {@code allOf}
 * hierarchy with a discriminator.
 *
 * <p>With a discriminator that names every member, Jackson picks the member by the
 * discriminator's value ({@code @JsonSubTypes} by name, never by class name) and a value no
 * member claims becomes the nested {@code Unknown}. Without one, the runtime's {@code
 * UnionRules} pick the member by the shape of the JSON value.
 *
 * @param name the interface
 * @param target the schema name, for documentation
 * @param javadoc documentation text, unescaped
 * @param pointer the JSON pointer of the schema
 * @param discriminator the discriminator property when Jackson dispatches by name, else {@code
 *     null}
 * @param members the alternatives in spec order
 * @param wrappers nested records for alternatives that are not objects
 * @param names the identifiers of its nested types
 */
public record UnionPlan(
    ClassName name,
    String target,
    String javadoc,
    String pointer,
    @Nullable String discriminator,
    List<Member> members,
    List<RecordPlan> wrappers,
    Names names)
    implements TypePlan {

  public UnionPlan {
    members = List.copyOf(members);
    wrappers = List.copyOf(wrappers);
  }

  /**
   * The identifiers of a union's nested types, allocated beside its wrappers.
   *
   * @param alternatives the class that lists the alternatives for the runtime's union rules
   * @param unknown the record of a discriminator value no alternative claims
   * @param json the component of that record, the JSON as received
   */
  public record Names(String alternatives, String unknown, String json) {}

  /** The JSON type of an alternative, as the runtime's {@code UnionAlternative.Shape}. */
  public enum Shape {
    /** A string. */
    STRING,
    /** An integer. */
    INTEGER,
    /** A number. */
    NUMBER,
    /** A boolean. */
    BOOLEAN,
    /** An array. */
    ARRAY,
    /** An object. */
    OBJECT,
    /** Anything: a nested union. */
    ANY
  }

  /**
   * One alternative.
   *
   * @param type the record that implements the interface (a model record or a nested wrapper)
   * @param shape the JSON type it accepts
   * @param names the discriminator values that select it
   * @param required required properties of an object alternative, sorted
   * @param known declared properties of an object alternative, sorted
   * @param constants properties fixed to one value, sorted by property
   * @param valueType the wrapped type of a wrapper, else {@code null}
   */
  public record Member(
      ClassName type,
      Shape shape,
      List<String> names,
      List<String> required,
      List<String> known,
      Map<String, String> constants,
      @Nullable TypeName valueType) {
    public Member {
      names = List.copyOf(names);
      required = List.copyOf(required);
      known = List.copyOf(known);
      constants = Collections.unmodifiableSortedMap(new TreeMap<>(constants));
    }

    /** Whether it wraps a value rather than being an object record. */
    public boolean isWrapper() {
      return valueType != null;
    }
  }
}
