package io.recordgen.openapi;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.Configuration.Mapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * OpenAPI Generator's own settings, translated to a Recordgen {@link Configuration}: {@code
 * typeMappings} of a format ({@code string+email=Email}, or a format type name such as {@code
 * DateTime}) with {@code importMappings} for their packages, {@code importMappings} and {@code
 * schemaMappings} of a schema to an existing class, and the name mappings. A setting this route
 * cannot honour, such as a mapping of a plain type, {@code parameterNameMappings} or an option of
 * another generator, is an error that names it, never silently ignored.
 */
final class Settings {
  /** How a diagnostic names these settings, where a file would give its name. */
  static final String NAME = "the OpenAPI Generator options";

  /** Format type names OpenAPI Generator maps from, with the format each stands for. */
  private static final Map<String, String> FORMAT_TYPES =
      Map.of(
          "DateTime", "date-time",
          "date", "date",
          "UUID", "uuid",
          "URI", "uri",
          "ByteArray", "byte",
          "binary", "binary",
          "file", "binary");

  /** What OpenAPI Generator itself puts among the additional properties of every generator. */
  static final Set<String> FRAMEWORK_PROPERTIES =
      Set.of(
          "MUSTACHE_PARENT_CONTEXT",
          "appDescription",
          "appDescriptionWithNewLines",
          "appName",
          "appVersion",
          "closebrace",
          "generateApiDocs",
          "generateApiTests",
          "generateApis",
          "generateModelDocs",
          "generateModelTests",
          "generateModels",
          "generateRecursiveDependentModels",
          "generateWebhooks",
          "generatedDate",
          "generatedYear",
          "generatorClass",
          "generatorVersion",
          "gitHost",
          "gitRepoId",
          "gitUserId",
          "hideGenerationTimestamp",
          "infoEmail",
          "infoName",
          "infoUrl",
          "inputSpec",
          "lambda",
          "licenseInfo",
          "licenseUrl",
          "openbrace",
          "releaseNote",
          "termsOfService",
          "unescapedAppDescription",
          "version");

  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<Mapping> formats = new ArrayList<>();
  private final List<Mapping> schemas = new ArrayList<>();
  private final List<Mapping> schemaNames = new ArrayList<>();
  private final List<Mapping> properties = new ArrayList<>();
  private final List<Mapping> enumValues = new ArrayList<>();
  private final List<Mapping> operations = new ArrayList<>();

  /**
   * The settings given, as maps of what the user added to OpenAPI Generator's defaults.
   *
   * @param types {@code typeMappings} the user added or changed
   * @param imports {@code importMappings} the user added or changed
   * @param allImports every {@code importMappings} entry, defaults included
   */
  record Given(
      Map<String, String> types,
      Map<String, String> imports,
      Map<String, String> allImports,
      Map<String, String> schemas,
      Map<String, String> names,
      Map<String, String> modelNames,
      Map<String, String> enumNames,
      Map<String, String> operationIds,
      Map<String, Map<String, String>> unsupported) {}

  /** The configuration, or the problems (none when there are none). */
  record Translated(Configuration configuration, List<Diagnostic> problems) {}

  static Translated translate(Given given) {
    Settings settings = new Settings();
    settings.run(given);
    return new Translated(
        new Configuration(
            NAME,
            settings.formats,
            settings.schemas,
            settings.schemaNames,
            settings.properties,
            settings.enumValues,
            settings.operations,
            List.of(),
            List.of()),
        List.copyOf(settings.problems));
  }

  /** The additional properties nobody honours: neither this generator nor the framework. */
  static Set<String> unknownProperties(Set<String> given, Set<String> options) {
    Set<String> unknown = new TreeSet<>();
    for (String key : given) {
      if (!options.contains(key) && !FRAMEWORK_PROPERTIES.contains(key)) {
        unknown.add(key);
      }
    }
    return unknown;
  }

  private void run(Given given) {
    new TreeMap<>(given.unsupported())
        .forEach(
            (setting, entries) -> {
              if (!entries.isEmpty()) {
                problem(
                    "/" + setting,
                    setting
                        + " "
                        + new TreeSet<>(entries.keySet())
                        + " cannot be honoured by "
                        + RecordgenCodegen.NAME
                        + "; remove it, or use an OpenAPI Overlay or a Recordgen configuration");
              }
            });
    Set<String> importsUsed = new HashSet<>();
    new TreeMap<>(given.types())
        .forEach(
            (key, value) -> {
              String pointer = "/typeMappings/" + escape(key);
              String format = format(key);
              if (format == null) {
                problem(
                    pointer,
                    "typeMappings \""
                        + key
                        + "\" maps a plain type, which Recordgen keeps; map a format instead,"
                        + " such as string+email=Email");
                return;
              }
              String qualified = qualified(value, given.allImports());
              if (qualified == null) {
                problem(
                    pointer,
                    "typeMappings \""
                        + key
                        + "="
                        + value
                        + "\" needs an importMappings entry that gives the package of "
                        + value);
                return;
              }
              importsUsed.add(value);
              formats.add(Mapping.of(format, qualified, pointer));
            });
    new TreeMap<>(given.imports())
        .forEach(
            (key, value) -> {
              if (!importsUsed.contains(key)) {
                // As in OpenAPI Generator, an import of a schema's name uses that class instead.
                schemas.add(Mapping.of(key, value, "/importMappings/" + escape(key)));
              }
            });
    new TreeMap<>(given.schemas())
        .forEach((k, v) -> schemas.add(Mapping.of(k, v, "/schemaMappings/" + escape(k))));
    new TreeMap<>(given.modelNames())
        .forEach((k, v) -> schemaNames.add(Mapping.of(k, v, "/modelNameMappings/" + escape(k))));
    new TreeMap<>(given.names())
        .forEach(
            (k, v) ->
                properties.add(
                    new Mapping(Configuration.ANY_OWNER, k, v, "/nameMappings/" + escape(k))));
    new TreeMap<>(given.enumNames())
        .forEach(
            (k, v) ->
                enumValues.add(
                    new Mapping(Configuration.ANY_OWNER, k, v, "/enumNameMappings/" + escape(k))));
    new TreeMap<>(given.operationIds())
        .forEach(
            (k, v) -> operations.add(Mapping.of(k, v, "/operationIdNameMappings/" + escape(k))));
  }

  /** The format a {@code typeMappings} key maps, or {@code null} for a plain type. */
  private static @org.jspecify.annotations.Nullable String format(String key) {
    int plus = key.indexOf('+');
    if (plus > 0 && plus < key.length() - 1) {
      return key.substring(plus + 1);
    }
    return FORMAT_TYPES.get(key);
  }

  /** The qualified name of a mapped type: as given, or by its import. */
  private static @org.jspecify.annotations.Nullable String qualified(
      String value, Map<String, String> imports) {
    if (value.contains(".")) {
      return value;
    }
    String imported = imports.get(value);
    if (imported == null) {
      return null;
    }
    return imported.endsWith(".*")
        ? imported.substring(0, imported.length() - 1) + value
        : imported;
  }

  private void problem(String pointer, String message) {
    problems.add(new Diagnostic(Code.CONFIG_INVALID, pointer, NAME + ": " + message));
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
