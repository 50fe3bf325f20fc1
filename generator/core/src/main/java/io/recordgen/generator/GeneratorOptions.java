package io.recordgen.generator;

import io.recordgen.generator.load.LoadOptions;
import java.util.Objects;

/**
 * What to generate and how to read the spec.
 *
 * @param basePackage the package under which {@code model} and {@code api} are generated
 * @param load limits for reading the spec and the external reference allowlist
 */
public record GeneratorOptions(String basePackage, LoadOptions load) {
  public GeneratorOptions {
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(load, "load");
  }

  /** Options with default limits. */
  public static GeneratorOptions of(String basePackage) {
    return new GeneratorOptions(basePackage, LoadOptions.defaults());
  }

  /** A fingerprint of everything that changes the output, for up-to-date checks. */
  public String fingerprint() {
    return basePackage + "|" + load;
  }
}
