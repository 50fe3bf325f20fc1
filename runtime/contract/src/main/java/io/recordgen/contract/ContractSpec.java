package io.recordgen.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.extensions.SwaggerParserExtension;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OpenAPI document loaded for contract checks: its text, Swagger Parser's model with
 * references resolved, and a request/response validator built from it once.
 */
public final class ContractSpec {
  private final String name;
  private final String text;
  private final OpenAPI openApi;
  private volatile @Nullable OpenApiInteractionValidator validator;

  private ContractSpec(String name, String text, @Nullable String location) {
    this.name = name;
    this.text = text;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveResponses(true);
    options.setResolveRequestBody(true);
    SwaggerParserExtension parser = swagger2(text) ? new SwaggerConverter() : new OpenAPIV3Parser();
    SwaggerParseResult result =
        location == null
            ? parser.readContents(text, null, options)
            : parser.readLocation(location, null, options);
    if (result == null || result.getOpenAPI() == null) {
      throw new IllegalArgumentException(
          name
              + " is not an OpenAPI document"
              + (result == null ? "" : ": " + result.getMessages()));
    }
    this.openApi = result.getOpenAPI();
    inheritSecurity(openApi);
    declareResponses(openApi);
  }

  /** Whether {@code text} is a Swagger 2.0 document, which Swagger Parser's converter reads. */
  private static boolean swagger2(String text) {
    try {
      JsonNode tree = Yaml.mapper().readTree(text);
      return tree != null && tree.path("swagger").asText("").startsWith("2");
    } catch (IOException | RuntimeException e) {
      return false; // the parser reports what is wrong with it
    }
  }

  /**
   * Gives an operation without {@code responses} (OpenAPI 3.1 allows that) an empty set, on
   * which swagger-request-validator would otherwise fail with a {@code NullPointerException}.
   */
  private static void declareResponses(OpenAPI api) {
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .values()
        .forEach(
            item ->
                item.readOperations()
                    .forEach(
                        operation -> {
                          if (operation.getResponses() == null) {
                            operation.setResponses(new ApiResponses());
                          }
                        }));
  }

  /**
   * Copies the document's {@code security} into operations that do not declare their own, as
   * OpenAPI defines it; swagger-request-validator only reads operation-level requirements.
   */
  private static void inheritSecurity(OpenAPI api) {
    if (api.getSecurity() == null || api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .values()
        .forEach(
            item ->
                item.readOperations()
                    .forEach(
                        operation -> {
                          if (operation.getSecurity() == null) {
                            operation.setSecurity(api.getSecurity());
                          }
                        }));
  }

  /** Loads a spec from the class path, such as {@code openapi/backup-api.yaml}. */
  public static ContractSpec fromResource(String resource) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ContractSpec.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no class path resource " + path);
      }
      return new ContractSpec(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a spec file (OpenAPI 3.0, 3.1 or Swagger 2.0); relative references resolve. */
  public static ContractSpec fromFile(Path file) {
    try {
      return new ContractSpec(
          file.getFileName().toString(),
          Files.readString(file, StandardCharsets.UTF_8),
          file.toAbsolutePath().toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A spec from text. */
  public static ContractSpec fromText(String name, String text) {
    return new ContractSpec(Objects.requireNonNull(name), Objects.requireNonNull(text), null);
  }

  /** A display name: the resource or file name. */
  public String name() {
    return name;
  }

  /** The document as written. */
  public String text() {
    return text;
  }

  /** Swagger Parser's model, with references to parameters, bodies and responses resolved. */
  public OpenAPI openApi() {
    return openApi;
  }

  /** The request/response validator for this spec, built on first use. */
  public OpenApiInteractionValidator validator() {
    OpenApiInteractionValidator current = validator;
    if (current == null) {
      synchronized (this) {
        current = validator;
        if (current == null) {
          current =
              OpenApiInteractionValidator.createFor(openApi).withLevelResolver(levels()).build();
          validator = current;
        }
      }
    }
    return current;
  }

  /**
   * The validator's message levels: OpenAPI allows properties a schema does not declare unless
   * it says {@code additionalProperties: false}, which the validator enforces anyway; here the
   * spec's own rule applies.
   */
  static LevelResolver levels() {
    return LevelResolver.create()
        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
        .build();
  }

  @Override
  public String toString() {
    return "ContractSpec[" + name + "]";
  }
}
