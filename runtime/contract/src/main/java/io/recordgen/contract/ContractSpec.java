package io.recordgen.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
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

  private ContractSpec(String name, String text) {
    this.name = name;
    this.text = text;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveResponses(true);
    options.setResolveRequestBody(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalArgumentException(
          name + " is not an OpenAPI document: " + result.getMessages());
    }
    this.openApi = result.getOpenAPI();
    inheritSecurity(openApi);
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
      return new ContractSpec(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a spec file. */
  public static ContractSpec fromFile(Path file) {
    try {
      return new ContractSpec(
          file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A spec from text. */
  public static ContractSpec fromText(String name, String text) {
    return new ContractSpec(Objects.requireNonNull(name), Objects.requireNonNull(text));
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
