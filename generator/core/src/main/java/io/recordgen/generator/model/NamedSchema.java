package io.recordgen.generator.model;

/**
 * A schema under {@code #/components/schemas}.
 *
 * @param name the component name as written
 * @param schema the schema
 */
public record NamedSchema(String name, Schema schema) {}
