package io.recordgen.generator.model;

/**
 * A header a response declares.
 *
 * @param name the header name
 * @param schema its schema
 * @param docs its description
 * @param pointer the JSON pointer of the header object
 */
public record ResponseHeader(String name, Schema schema, Docs docs, String pointer) {}
