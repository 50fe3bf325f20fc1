package io.recordgen.generator.model;

import org.jspecify.annotations.Nullable;

/**
 * An example value.
 *
 * @param name the key under {@code examples}, or {@code "example"} for the single form
 * @param summary its summary
 * @param json the value as JSON text
 * @param pointer where the value is in the spec
 */
public record Example(String name, @Nullable String summary, String json, String pointer) {}
