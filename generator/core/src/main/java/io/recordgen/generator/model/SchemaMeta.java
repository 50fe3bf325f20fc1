package io.recordgen.generator.model;

import org.jspecify.annotations.Nullable;

/**
 * What every schema carries besides its type.
 *
 * @param pointer the JSON pointer of the schema
 * @param docs title and description
 * @param nullable whether {@code null} is a valid value ({@code nullable: true} in 3.0, a {@code
 *     "null"} type in 3.1)
 * @param access whether the value only travels in requests or in responses
 * @param deprecated whether the spec deprecates it
 * @param sensitive whether values must never be shown ({@code format: password} or {@code
 *     x-sensitive: true})
 * @param defaultJson the {@code default}, as JSON text
 * @param exampleJson the {@code example} (or first of {@code examples}), as JSON text
 * @param owner the component parameter, request body, response or header that declares the
 *     schema, if one does: its inline types are named after it
 */
public record SchemaMeta(
    String pointer,
    Docs docs,
    boolean nullable,
    Access access,
    boolean deprecated,
    boolean sensitive,
    @Nullable String defaultJson,
    @Nullable String exampleJson,
    @Nullable Owner owner) {

  /** Which direction a value travels in. */
  public enum Access {
    /** Both directions. */
    READ_WRITE,
    /** Only in responses ({@code readOnly}). */
    READ_ONLY,
    /** Only in requests ({@code writeOnly}). */
    WRITE_ONLY
  }

  /**
   * The named component (other than a schema) a schema is declared in.
   *
   * @param component the component's name, such as {@code limit} for {@code
   *     #/components/parameters/limit}
   * @param items whether the schema is the items of an array there
   */
  public record Owner(String component, boolean items) {}

  /** Metadata with nothing but a pointer. */
  public static SchemaMeta at(String pointer) {
    return new SchemaMeta(
        pointer, Docs.none(), false, Access.READ_WRITE, false, false, null, null, null);
  }
}
