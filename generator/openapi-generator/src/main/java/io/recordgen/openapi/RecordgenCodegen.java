package io.recordgen.openapi;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.model.Configuration;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openapitools.codegen.CliOption;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.DefaultCodegen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code recordgen-java} generator: OpenAPI Generator runs it like any other, and it hands
 * the spec file to Recordgen's own generator, so the files it writes are byte for byte those of
 * the annotation processor and the Maven plugin. It uses no templates: every template list is
 * empty, and OpenAPI Generator only adds its metadata files.
 *
 * <p>Options ({@code additionalProperties} or {@code -p}): {@code packageName} (required), {@code
 * sourceFolder} (default {@code src/main/java}), {@code overlays} (OpenAPI Overlay files, comma
 * separated), {@code recordgenConfig} (a Recordgen configuration file), {@code maxSpecBytes},
 * {@code maxDepth} and {@code maxYamlAliases}. OpenAPI Generator's {@code typeMappings}, {@code
 * importMappings}, {@code schemaMappings}, {@code nameMappings}, {@code modelNameMappings},
 * {@code enumNameMappings} and {@code operationIdNameMappings} become the same configuration
 * ({@link Settings}); any other option is an error rather than ignored. The spec must be a file:
 * Recordgen reads it itself, with its own limits.
 */
public final class RecordgenCodegen extends DefaultCodegen implements CodegenConfig {
  /** The generator name, as in {@code -g recordgen-java}. */
  public static final String NAME = "recordgen-java";

  static final String PACKAGE_NAME = "packageName";
  static final String SOURCE_FOLDER = "sourceFolder";
  static final String OVERLAYS = "overlays";
  static final String CONFIG = "recordgenConfig";

  /** The list, in the output folder, of the files the last run wrote. */
  static final String MANIFEST = ".recordgen-files";

  private static final Logger LOG = LoggerFactory.getLogger(RecordgenCodegen.class);

  private final List<Path> written = new ArrayList<>();
  private final Map<String, String> defaultTypes;
  private final Map<String, String> defaultImports;
  private final Map<String, String> defaultReservedWords;

  public RecordgenCodegen() {
    super();
    modelTemplateFiles.clear();
    apiTemplateFiles.clear();
    modelDocTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    apiTestTemplateFiles.clear();
    supportingFiles.clear();
    templateDir = NAME;
    embeddedTemplateDir = NAME;
    cliOptions.clear();
    cliOptions.add(
        CliOption.newString(
            PACKAGE_NAME, "base package: records in .model, clients in .api (required)"));
    cliOptions.add(
        CliOption.newString(SOURCE_FOLDER, "folder under the output for sources")
            .defaultValue("src/main/java"));
    cliOptions.add(CliOption.newString(OVERLAYS, "OpenAPI Overlay files, comma separated"));
    cliOptions.add(CliOption.newString(CONFIG, "a Recordgen configuration file"));
    cliOptions.add(CliOption.newString("maxSpecBytes", "largest spec accepted, in bytes"));
    cliOptions.add(CliOption.newString("maxDepth", "deepest nesting accepted"));
    cliOptions.add(CliOption.newString("maxYamlAliases", "most YAML aliases accepted"));
    defaultTypes = Map.copyOf(typeMapping());
    defaultImports = Map.copyOf(importMapping());
    defaultReservedWords = Map.copyOf(reservedWordsMappings());
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getHelp() {
    return "Generates validated Java records and typed clients with Recordgen.";
  }

  /** Files written by the last run. */
  public List<Path> written() {
    return List.copyOf(written);
  }

  /**
   * Generates with Recordgen. OpenAPI Generator calls this once, before it would render
   * templates (there are none).
   *
   * @throws IllegalArgumentException with every error Recordgen reports, located by JSON pointer
   */
  @Override
  public void processOpenAPI(OpenAPI openAPI) {
    Object packageName = additionalProperties().get(PACKAGE_NAME);
    if (packageName == null) {
      throw failure(Code.PACKAGE_INVALID, "set the packageName option of " + NAME);
    }
    Set<String> known = new HashSet<>();
    cliOptions.forEach(option -> known.add(option.getOpt()));
    Set<String> unknown = Settings.unknownProperties(additionalProperties().keySet(), known);
    if (!unknown.isEmpty()) {
      throw failure(
          Code.OPTION_INVALID,
          NAME
              + " cannot honour the options "
              + unknown
              + "; its options are "
              + new TreeSet<>(known));
    }
    GeneratorOptions options =
        new GeneratorOptions(packageName.toString(), loadOptions())
            .withOverlays(overlays())
            .withConfiguration(configuration());
    Path spec = specPath();
    GenerationResult result = Recordgen.generate(read(spec, options.load().maxBytes()), options);
    log(result.diagnostics());
    if (result.hasErrors()) {
      throw errors(spec, result.errors());
    }
    Object folder = additionalProperties().getOrDefault(SOURCE_FOLDER, "src/main/java");
    Path root = Path.of(outputFolder()).resolve(folder.toString()).toAbsolutePath().normalize();
    written.clear();
    try {
      for (SourceFile file : result.files()) {
        Path target = root.resolve(file.relativePath()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("refusing to write outside " + root + ": " + file.relativePath());
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        written.add(target);
      }
      removeStale(root);
    } catch (IOException e) {
      throw new UncheckedIOException(
          new Diagnostic(Code.OUTPUT_FAILED, "", "cannot write the generated sources to " + root)
              .format(),
          e);
    }
    LOG.info("Recordgen: generated {} files from {} into {}", written.size(), spec, root);
  }

  /**
   * Deletes the files an earlier run wrote that this one did not, such as the types of schemas
   * that left the spec, which would otherwise compile on as stale code; the list of what was
   * written is kept in the output folder, not among the sources.
   */
  private void removeStale(Path root) throws IOException {
    Path manifest = Path.of(outputFolder()).resolve(MANIFEST).toAbsolutePath().normalize();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        Path old = Path.of(line).normalize();
        if (!line.isBlank() && old.startsWith(root) && !written.contains(old)) {
          Files.deleteIfExists(old);
        }
      }
    }
    Files.createDirectories(manifest.getParent());
    Files.write(
        manifest, written.stream().map(Path::toString).sorted().toList(), StandardCharsets.UTF_8);
  }

  private List<SpecSource> overlays() {
    Object value = additionalProperties().get(OVERLAYS);
    List<SpecSource> overlays = new ArrayList<>();
    if (value != null) {
      for (String file : value.toString().split(",")) {
        if (!file.isBlank()) {
          overlays.add(read(Path.of(file.strip()).toAbsolutePath(), loadOptions().maxBytes()));
        }
      }
    }
    return overlays;
  }

  /** The configuration: OpenAPI Generator's mappings, or a Recordgen configuration file. */
  private Configuration configuration() {
    Settings.Translated translated =
        Settings.translate(
            new Settings.Given(
                added(typeMapping(), defaultTypes),
                added(importMapping(), defaultImports),
                importMapping(),
                schemaMapping(),
                nameMapping(),
                modelNameMapping(),
                enumNameMapping(),
                operationIdNameMapping(),
                Map.of(
                    "parameterNameMappings", parameterNameMapping(),
                    "inlineSchemaNameMappings", inlineSchemaNameMapping(),
                    "openapiNormalizer", openapiNormalizer(),
                    "reservedWordsMappings",
                        added(reservedWordsMappings(), defaultReservedWords))));
    if (!translated.problems().isEmpty()) {
      throw errors(Settings.NAME, translated.problems());
    }
    Object file = additionalProperties().get(CONFIG);
    if (file == null) {
      return translated.configuration();
    }
    if (!translated.configuration().isEmpty()) {
      throw failure(
          Code.CONFIG_INVALID,
          "give either " + CONFIG + " or OpenAPI Generator's mappings, not both");
    }
    LoadOptions load = loadOptions();
    Recordgen.ConfigurationResult read =
        Recordgen.readConfiguration(
            read(Path.of(file.toString()).toAbsolutePath(), load.maxBytes()), load);
    log(read.diagnostics());
    if (read.configuration() == null) {
      throw errors(
          file.toString(), read.diagnostics().stream().filter(Diagnostic::isError).toList());
    }
    return read.configuration();
  }

  /** The entries of {@code now} that are not among the {@code defaults}, as given. */
  private static Map<String, String> added(Map<String, String> now, Map<String, String> defaults) {
    Map<String, String> added = new TreeMap<>();
    now.forEach(
        (key, value) -> {
          if (!value.equals(defaults.get(key))) {
            added.put(key, value);
          }
        });
    return added;
  }

  private static void log(List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      switch (diagnostic.severity()) {
        case ERROR -> LOG.error(diagnostic.format());
        case WARNING -> LOG.warn(diagnostic.format());
        case NOTE -> LOG.info(diagnostic.format());
      }
    }
  }

  private static IllegalArgumentException errors(Object where, List<Diagnostic> errors) {
    return new IllegalArgumentException(
        "Recordgen found "
            + errors.size()
            + " errors in "
            + where
            + ":"
            + errors.stream().map(d -> "\n  " + d.format()).collect(Collectors.joining()));
  }

  private Path specPath() {
    String input = getInputSpec();
    if (input == null || input.isBlank()) {
      throw failure(Code.SPEC_NOT_FOUND, "no input spec");
    }
    if (input.startsWith("file:")) {
      return Path.of(URI.create(input));
    }
    if (input.contains("://")) {
      throw failure(Code.REF_EXTERNAL, NAME + " reads specs from files only, not from " + input);
    }
    return Path.of(input).toAbsolutePath();
  }

  private static SpecSource read(Path spec, long maxBytes) {
    try {
      if (Files.size(spec) > maxBytes) {
        throw failure(Code.SPEC_TOO_LARGE, spec + " has more than " + maxBytes + " bytes");
      }
      return new SpecSource(
          spec.getFileName().toString(), Files.readAllBytes(spec), spec.getParent());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          new Diagnostic(Code.SPEC_UNREADABLE, "", "cannot read " + spec + ": " + e.getMessage())
              .format(),
          e);
    }
  }

  private LoadOptions loadOptions() {
    LoadOptions options = LoadOptions.defaults();
    Object bytes = additionalProperties().get("maxSpecBytes");
    if (bytes != null) {
      options = options.withMaxBytes(Long.parseLong(bytes.toString()));
    }
    Object depth = additionalProperties().get("maxDepth");
    if (depth != null) {
      options = options.withMaxDepth(Integer.parseInt(depth.toString()));
    }
    Object aliases = additionalProperties().get("maxYamlAliases");
    if (aliases != null) {
      options = options.withMaxYamlAliases(Integer.parseInt(aliases.toString()));
    }
    return options;
  }

  /** An error that stops the run, formatted as every route formats diagnostics. */
  private static IllegalArgumentException failure(Code code, String message) {
    return new IllegalArgumentException(new Diagnostic(code, "", message).format());
  }
}
