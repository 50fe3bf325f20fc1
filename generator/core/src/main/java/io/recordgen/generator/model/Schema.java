package io.recordgen.generator.model;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON schema, as one of a closed set of shapes. Planners switch over the shapes; there are no
 * {@code isString}-style flags.
 */
public sealed interface Schema {

  /** Docs, nullability, access and the pointer. */
  SchemaMeta meta();

  /**
   * A reference to a component schema.
   *
   * @param meta metadata of the referring site
   * @param name the component name under {@code #/components/schemas}
   */
  record Ref(SchemaMeta meta, String name) implements Schema {}

  /**
   * A string.
   *
   * @param meta metadata
   * @param format the {@code format}, if any, as written
   * @param minLength {@code minLength}
   * @param maxLength {@code maxLength}
   * @param pattern {@code pattern}, an ECMA-262 regular expression
   */
  record StringType(
      SchemaMeta meta,
      @Nullable String format,
      @Nullable Integer minLength,
      @Nullable Integer maxLength,
      @Nullable String pattern)
      implements Schema {}

  /**
   * An integer.
   *
   * @param meta metadata
   * @param format {@code int32}, {@code int64} or none
   * @param minimum lower bound
   * @param maximum upper bound
   * @param multipleOf {@code multipleOf}
   */
  record IntegerType(
      SchemaMeta meta,
      @Nullable String format,
      @Nullable Bound minimum,
      @Nullable Bound maximum,
      @Nullable BigDecimal multipleOf)
      implements Schema {}

  /**
   * A number.
   *
   * @param meta metadata
   * @param format {@code float}, {@code double}, {@code decimal} or none
   * @param minimum lower bound
   * @param maximum upper bound
   * @param multipleOf {@code multipleOf}
   */
  record NumberType(
      SchemaMeta meta,
      @Nullable String format,
      @Nullable Bound minimum,
      @Nullable Bound maximum,
      @Nullable BigDecimal multipleOf)
      implements Schema {}

  /**
   * A boolean.
   *
   * @param meta metadata
   */
  record BooleanType(SchemaMeta meta) implements Schema {}

  /**
   * A closed list of values.
   *
   * @param meta metadata
   * @param base the JSON type of the values
   * @param values the values in spec order, as text (strings unquoted, numbers as written)
   */
  record EnumType(SchemaMeta meta, EnumBase base, List<String> values) implements Schema {
    public EnumType {
      values = List.copyOf(values);
    }
  }

  /** The JSON type of an enum's values. */
  enum EnumBase {
    /** String values. */
    STRING,
    /** Integer values. */
    INTEGER,
    /** Number values. */
    NUMBER,
    /** Boolean values. */
    BOOLEAN
  }

  /**
   * An array.
   *
   * @param meta metadata
   * @param items the item schema
   * @param minItems {@code minItems}
   * @param maxItems {@code maxItems}
   * @param uniqueItems whether items are distinct (a set)
   */
  record ArrayType(
      SchemaMeta meta,
      Schema items,
      @Nullable Integer minItems,
      @Nullable Integer maxItems,
      boolean uniqueItems)
      implements Schema {}

  /**
   * An object.
   *
   * @param meta metadata
   * @param properties declared properties in spec order
   * @param additional what other properties may hold
   * @param minProperties {@code minProperties}
   * @param maxProperties {@code maxProperties}
   * @param discriminator a discriminator declared on it, for hierarchies
   */
  record ObjectType(
      SchemaMeta meta,
      List<Property> properties,
      Additional additional,
      @Nullable Integer minProperties,
      @Nullable Integer maxProperties,
      @Nullable Discriminator discriminator)
      implements Schema {
    public ObjectType {
      properties = List.copyOf(properties);
    }
  }

  /** What {@code additionalProperties} allows. */
  sealed interface Additional {
    /** Not said: other properties are allowed and ignored. */
    record Unspecified() implements Additional {}

    /** {@code additionalProperties: false}. */
    record Forbidden() implements Additional {}

    /** {@code additionalProperties: true} or {@code {}}: anything. */
    record Any() implements Additional {}

    /**
     * {@code additionalProperties: <schema>}.
     *
     * @param values the schema of every other property's value
     */
    record Typed(Schema values) implements Additional {}
  }

  /**
   * {@code allOf}: every part applies. Sibling properties of the composing schema are the last
   * part.
   *
   * @param meta metadata
   * @param parts the parts in spec order
   * @param discriminator a discriminator declared next to {@code allOf}
   */
  record AllOf(SchemaMeta meta, List<Schema> parts, @Nullable Discriminator discriminator)
      implements Schema {
    public AllOf {
      parts = List.copyOf(parts);
    }
  }

  /**
   * {@code oneOf} or {@code anyOf}: one (or at least one) of the alternatives applies.
   *
   * @param meta metadata
   * @param exclusive {@code true} for {@code oneOf}, {@code false} for {@code anyOf}
   * @param alternatives the alternatives in spec order
   * @param discriminator the discriminator, if declared
   */
  record OneOf(
      SchemaMeta meta,
      boolean exclusive,
      List<Schema> alternatives,
      @Nullable Discriminator discriminator)
      implements Schema {
    public OneOf {
      alternatives = List.copyOf(alternatives);
    }
  }

  /**
   * Any JSON value: no type, or a type list the model cannot narrow.
   *
   * @param meta metadata
   */
  record AnyType(SchemaMeta meta) implements Schema {}
}
