package io.recordgen.generator.model;

import java.util.List;

/**
 * A parameter of an operation, with {@code $ref}s to components already followed.
 *
 * @param name the wire name
 * @param location where it travels
 * @param required whether it must be given (path parameters always are)
 * @param schema its schema
 * @param docs its description
 * @param explode for arrays in the query: one key per item ({@code true}) or one joined value
 * @param deprecated whether the spec deprecates it
 * @param examples examples in spec order
 * @param clientBound {@code x-recordgen-client-param: true}: its value is given once, when the
 *     client is created, rather than to every call
 * @param pointer the JSON pointer of the parameter object
 */
public record Parameter(
    String name,
    ParamLocation location,
    boolean required,
    Schema schema,
    Docs docs,
    boolean explode,
    boolean deprecated,
    List<Example> examples,
    boolean clientBound,
    String pointer) {
  public Parameter {
    examples = List.copyOf(examples);
  }
}
