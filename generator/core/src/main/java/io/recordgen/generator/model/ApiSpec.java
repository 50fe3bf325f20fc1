package io.recordgen.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole OpenAPI document.
 *
 * @param openapi the {@code openapi} version string
 * @param title {@code info.title}
 * @param version {@code info.version}
 * @param docs {@code info} summary and description
 * @param servers server URLs in spec order
 * @param tags declared tags, first declaration of each name
 * @param operations every operation in path order, then method order
 * @param schemas component schemas in spec order
 * @param securitySchemes security schemes in spec order
 * @param sourceName the file name of the spec, for comments in generated code
 */
public record ApiSpec(
    String openapi,
    String title,
    String version,
    Docs docs,
    List<String> servers,
    List<Tag> tags,
    List<Operation> operations,
    List<NamedSchema> schemas,
    List<SecurityScheme> securitySchemes,
    @Nullable String sourceName) {
  public ApiSpec {
    servers = List.copyOf(servers);
    tags = List.copyOf(tags);
    operations = List.copyOf(operations);
    schemas = List.copyOf(schemas);
    securitySchemes = List.copyOf(securitySchemes);
  }
}
