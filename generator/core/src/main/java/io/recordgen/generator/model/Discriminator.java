package io.recordgen.generator.model;

import java.util.Map;

/**
 * The property whose value names the concrete schema of a {@code oneOf}, {@code anyOf} or
 * inheritance hierarchy.
 *
 * @param propertyName the wire name of the property
 * @param mapping explicit wire values to component schema names, in spec order
 */
public record Discriminator(String propertyName, Map<String, String> mapping) {
  public Discriminator {
    mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
  }
}
