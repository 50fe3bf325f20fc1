package io.recordgen.generator.model;

import org.jspecify.annotations.Nullable;

/**
 * A property of an object schema.
 *
 * @param wireName the name in JSON
 * @param schema its schema
 * @param required whether it must be present
 * @param pointer the JSON pointer of the property's schema
 * @param declaringComponent the component schema whose own {@code properties} declare it, or
 *     {@code null} for a property of an inline object: inline types of a property merged in
 *     through {@code allOf} are named after the component that declares it
 */
public record Property(
    String wireName,
    Schema schema,
    boolean required,
    String pointer,
    @Nullable String declaringComponent) {

  /** This property, required or not. */
  public Property withRequired(boolean value) {
    return new Property(wireName, schema, value, pointer, declaringComponent);
  }
}
