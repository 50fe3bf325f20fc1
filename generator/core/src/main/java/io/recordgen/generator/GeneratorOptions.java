package io.recordgen.generator;

import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecSource;
import java.util.List;
import java.util.Objects;

/**
 * What to generate and how to read the spec.
 *
 * @param basePackage the package under which {@code model} and {@code api} are generated
 * @param load limits for reading the spec and the external reference allowlist
 * @param strict whether a defect of the spec that has one safe reading (see {@code
 *     docs/real-world-specs.md}) is an error rather than a warning with its fallback
 * @param overlays OpenAPI Overlay documents applied to the spec, in order, before it is read
 */
public record GeneratorOptions(
    String basePackage, LoadOptions load, boolean strict, List<SpecSource> overlays) {
  public GeneratorOptions {
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(load, "load");
    overlays = List.copyOf(overlays);
  }

  /** Options that tolerate the defects with one safe reading, without overlays. */
  public GeneratorOptions(String basePackage, LoadOptions load) {
    this(basePackage, load, false, List.of());
  }

  /** Options without overlays. */
  public GeneratorOptions(String basePackage, LoadOptions load, boolean strict) {
    this(basePackage, load, strict, List.of());
  }

  /** A copy that is strict, or not. */
  public GeneratorOptions withStrict(boolean value) {
    return new GeneratorOptions(basePackage, load, value, overlays);
  }

  /** A copy that applies these overlays, in order. */
  public GeneratorOptions withOverlays(List<SpecSource> value) {
    return new GeneratorOptions(basePackage, load, strict, value);
  }

  /** Options with default limits. */
  public static GeneratorOptions of(String basePackage) {
    return new GeneratorOptions(basePackage, LoadOptions.defaults());
  }

  /** A fingerprint of everything that changes the output, for up-to-date checks. */
  public String fingerprint() {
    StringBuilder text = new StringBuilder(basePackage).append('|').append(load);
    if (strict) {
      text.append("|strict");
    }
    for (SpecSource overlay : overlays) {
      text.append("|overlay:")
          .append(overlay.name())
          .append('=')
          .append(io.recordgen.generator.build.Digests.sha256(overlay.content()));
    }
    return text.toString();
  }
}
