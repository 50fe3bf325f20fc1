package io.recordgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * What a configuration file (or a build route's own settings) asks of one generation, without
 * editing the spec: types to use for formats and schemas, Java names for spec names, and which
 * operations to generate. Every entry keeps the JSON pointer it was read from, so that a problem
 * with it is reported where the user wrote it.
 *
 * @param name the display name of the configuration, such as {@code recordgen.yaml}
 * @param formats a {@code format} (of a string, integer or number) to a user's own type
 * @param schemas a component schema to an existing type, which is then not generated
 * @param schemaNames a component schema to the simple name of its generated type
 * @param propertyNames a property of a component schema ({@code owner}, or {@code *} for every
 *     schema) to its record component name
 * @param enumValues a value of a component enumeration ({@code owner}, or {@code *}) to its
 *     constant name
 * @param operationNames an operationId, or {@code METHOD /path}, to its method name
 * @param include operations to generate; empty means all of them
 * @param exclude operations not to generate, after {@code include}
 */
public record Configuration(
    String name,
    List<Mapping> formats,
    List<Mapping> schemas,
    List<Mapping> schemaNames,
    List<Mapping> propertyNames,
    List<Mapping> enumValues,
    List<Mapping> operationNames,
    List<Selector> include,
    List<Selector> exclude) {
  /** The owner of a mapping that applies to every schema. */
  public static final String ANY_OWNER = "*";

  public Configuration {
    Objects.requireNonNull(name, "name");
    formats = List.copyOf(formats);
    schemas = List.copyOf(schemas);
    schemaNames = List.copyOf(schemaNames);
    propertyNames = List.copyOf(propertyNames);
    enumValues = List.copyOf(enumValues);
    operationNames = List.copyOf(operationNames);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /**
   * One mapping of a spec name to a Java name or type.
   *
   * @param owner the component schema the key belongs to, {@code ""} when it belongs to none
   * @param key the spec name: a format, a schema, a property, an enum value or an operation
   * @param value the Java name, or the qualified name of the type
   * @param pointer where the value was written in the configuration
   */
  public record Mapping(String owner, String key, String value, String pointer) {
    public Mapping {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pointer, "pointer");
    }

    /** A mapping that belongs to no schema. */
    public static Mapping of(String key, String value, String pointer) {
      return new Mapping("", key, value, pointer);
    }
  }

  /**
   * Operations chosen by one criterion.
   *
   * @param kind what {@code value} is matched against
   * @param value a tag name, an operationId, or a path template where {@code *} stands for one
   *     segment and {@code **} for any number of them
   * @param pointer where it was written in the configuration
   */
  public record Selector(Kind kind, String value, String pointer) {
    /** What a selector matches. */
    public enum Kind {
      TAG,
      OPERATION,
      PATH
    }

    public Selector {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pointer, "pointer");
    }
  }

  /** A configuration that asks for nothing. */
  public static Configuration empty() {
    return new Configuration(
        "no configuration",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** Whether this asks for nothing. */
  public boolean isEmpty() {
    return formats.isEmpty()
        && schemas.isEmpty()
        && schemaNames.isEmpty()
        && propertyNames.isEmpty()
        && enumValues.isEmpty()
        && operationNames.isEmpty()
        && include.isEmpty()
        && exclude.isEmpty();
  }

  /** Whether operations are chosen, so that only the schemas they reach are generated. */
  public boolean selects() {
    return !include.isEmpty() || !exclude.isEmpty();
  }

  /** A canonical text of everything that changes the output, for up-to-date checks. */
  public String fingerprint() {
    if (isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    append(text, "formats", formats);
    append(text, "schemas", schemas);
    append(text, "schemaNames", schemaNames);
    append(text, "propertyNames", propertyNames);
    append(text, "enumValues", enumValues);
    append(text, "operationNames", operationNames);
    for (Selector selector : include) {
      text.append("|include:").append(selector.kind()).append('=').append(selector.value());
    }
    for (Selector selector : exclude) {
      text.append("|exclude:").append(selector.kind()).append('=').append(selector.value());
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String what, List<Mapping> mappings) {
    for (Mapping mapping : mappings) {
      text.append('|')
          .append(what)
          .append(':')
          .append(mapping.owner())
          .append('/')
          .append(mapping.key())
          .append('=')
          .append(mapping.value());
    }
  }
}
