package io.recordgen.generator;

import io.recordgen.generator.load.LoadOptions;
import java.util.Objects;

/**
 * What to generate and how to read the spec.
 *
 * @param basePackage the package under which {@code model} and {@code api} are generated
 * @param load limits for reading the spec and the external reference allowlist
 * @param strict whether a defect of the spec that has one safe reading (see {@code
 *     docs/real-world-specs.md}) is an error rather than a warning with its fallback
 */
public record GeneratorOptions(String basePackage, LoadOptions load, boolean strict) {
  public GeneratorOptions {
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(load, "load");
  }

  /** Options that tolerate the defects with one safe reading. */
  public GeneratorOptions(String basePackage, LoadOptions load) {
    this(basePackage, load, false);
  }

  /** A copy that is strict, or not. */
  public GeneratorOptions withStrict(boolean value) {
    return new GeneratorOptions(basePackage, load, value);
  }

  /** Options with default limits. */
  public static GeneratorOptions of(String basePackage) {
    return new GeneratorOptions(basePackage, LoadOptions.defaults());
  }

  /** A fingerprint of everything that changes the output, for up-to-date checks. */
  public String fingerprint() {
    return basePackage + "|" + load + (strict ? "|strict" : "");
  }
}
