package io.recordgen.generator.plan;

import org.jspecify.annotations.Nullable;

/**
 * An example of the spec and the generated type it should decode into.
 *
 * @param pointer where the example value is
 * @param json the value as JSON text
 * @param schemaPointer where its schema is (a {@code $ref} there is followed by readers)
 * @param javaType the Java type as a canonical name such as {@code java.util.List<a.b.Pet>}, or
 *     {@code null} when no generated type holds it (an inline error schema, for one)
 */
public record ExampleEntry(
    String pointer, String json, String schemaPointer, @Nullable String javaType) {}
