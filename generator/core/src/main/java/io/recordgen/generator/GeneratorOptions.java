package io.recordgen.generator;

import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.model.Configuration;
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
 * @param configuration type and name mappings and the operations to generate ({@link
 *     Recordgen#readConfiguration} reads one from a file)
 */
public record GeneratorOptions(
    String basePackage,
    LoadOptions load,
    boolean strict,
    List<SpecSource> overlays,
    Configuration configuration) {
  public GeneratorOptions {
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(configuration, "configuration");
    overlays = List.copyOf(overlays);
  }

  /** Options without a configuration. */
  public GeneratorOptions(
      String basePackage, LoadOptions load, boolean strict, List<SpecSource> overlays) {
    this(basePackage, load, strict, overlays, Configuration.empty());
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
    return new GeneratorOptions(basePackage, load, value, overlays, configuration);
  }

  /** A copy that applies these overlays, in order. */
  public GeneratorOptions withOverlays(List<SpecSource> value) {
    return new GeneratorOptions(basePackage, load, strict, value, configuration);
  }

  /** A copy with this configuration. */
  public GeneratorOptions withConfiguration(Configuration value) {
    return new GeneratorOptions(basePackage, load, strict, overlays, value);
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
    if (!configuration.isEmpty()) {
      text.append("|configuration:").append(configuration.fingerprint());
    }
    return text.toString();
  }
}
