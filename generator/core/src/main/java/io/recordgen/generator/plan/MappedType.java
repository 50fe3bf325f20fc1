package io.recordgen.generator.plan;

import java.util.List;

/**
 * A type of the user's that the generated code uses in place of a generated one, with what the
 * spec needs of it, so that a build route that can see the class path (the annotation processor)
 * checks it before generating anything.
 *
 * @param qualifiedName the type's canonical name, such as {@code com.acme.Money}
 * @param configuration the configuration's display name
 * @param pointer where the configuration maps it
 * @param schemaPointer the schema it stands for
 * @param requiredProperties the wire names of the properties the schema requires, which the type
 *     must have as record components, fields or accessors (by name or {@code @JsonProperty})
 */
public record MappedType(
    String qualifiedName,
    String configuration,
    String pointer,
    String schemaPointer,
    List<String> requiredProperties) {
  public MappedType {
    requiredProperties = List.copyOf(requiredProperties);
  }
}
