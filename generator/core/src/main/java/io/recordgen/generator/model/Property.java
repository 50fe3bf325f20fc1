package io.recordgen.generator.model;

/**
 * A property of an object schema.
 *
 * @param wireName the name in JSON
 * @param schema its schema
 * @param required whether it must be present
 * @param pointer the JSON pointer of the property's schema
 */
public record Property(String wireName, Schema schema, boolean required, String pointer) {}
