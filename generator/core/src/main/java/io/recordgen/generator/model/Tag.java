package io.recordgen.generator.model;

/**
 * A tag declared at the top of the document.
 *
 * @param name its name
 * @param docs its description
 */
public record Tag(String name, Docs docs) {}
