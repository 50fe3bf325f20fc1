package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.ApiSpec;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.net.URI;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Loads a spec into the model: read within limits, check versions and references, let Swagger
 * Parser build its model, translate. Every problem becomes a located diagnostic; the result is
 * {@code null} when any of them is an error.
 */
public final class SpecLoader {
  private static final Pattern SUPPORTED = Pattern.compile("3\\.[01]\\.\\d+(-.+)?");

  private SpecLoader() {}

  /**
   * Loads {@code source}.
   *
   * @return the model, or {@code null} if an error was reported
   */
  public static @Nullable ApiSpec load(
      SpecSource source, LoadOptions options, Diagnostics diagnostics) {
    return load(source, options, diagnostics, uri -> {});
  }

  /**
   * Loads {@code source}, telling {@code read} of every external document that was read, so that
   * a build can regenerate when one of them changes.
   *
   * @return the model, or {@code null} if an error was reported
   */
  public static @Nullable ApiSpec load(
      SpecSource source, LoadOptions options, Diagnostics diagnostics, Consumer<URI> read) {
    JsonNode tree = new DocumentReader(options, diagnostics).read(source);
    if (tree == null || !checkVersion(tree, source, diagnostics)) {
      return null;
    }
    RefScanner refs = new RefScanner(tree, options, diagnostics);
    refs.scan();
    if (diagnostics.hasErrors()) {
      return null;
    }
    if (!refs.allowedExternal().isEmpty()) {
      new ExternalRefs((ObjectNode) tree, source.directory(), options, diagnostics, read)
          .resolve(refs.allowedExternal());
      if (diagnostics.hasErrors()) {
        return null;
      }
      new RefScanner(tree, options, diagnostics).scan(); // the copies, now local
      if (diagnostics.hasErrors()) {
        return null;
      }
    }
    boolean openapi31 = tree.path("openapi").asText().startsWith("3.1");
    ParseOptions parse = new ParseOptions();
    parse.setResolve(false);
    parse.setValidateExternalRefs(false);
    SwaggerParseResult result =
        new OpenAPIDeserializer().deserialize(tree, source.name(), parse, false);
    if (result.getMessages() != null) {
      ParserMessages.report(result.getMessages(), tree, openapi31, diagnostics);
    }
    if (result.getOpenAPI() == null) {
      if (!diagnostics.hasErrors()) {
        diagnostics.report(Code.SPEC_INVALID, "", source.name() + " is not an OpenAPI document");
      }
      return null;
    }
    ApiSpec spec =
        new SpecTranslator(result.getOpenAPI(), tree, openapi31, diagnostics, source.name())
            .translate();
    return diagnostics.hasErrors() ? null : spec;
  }

  private static boolean checkVersion(JsonNode tree, SpecSource source, Diagnostics diagnostics) {
    JsonNode openapi = tree.get("openapi");
    if (openapi == null) {
      if (tree.has("swagger")) {
        diagnostics.report(
            Code.SPEC_VERSION,
            "/swagger",
            source.name()
                + " is Swagger "
                + tree.get("swagger").asText()
                + "; Recordgen reads OpenAPI 3.0 and 3.1 (convert it"
                + " first, for example with swagger2openapi)");
      } else {
        diagnostics.report(
            Code.SPEC_VERSION,
            "",
            source.name() + " has no \"openapi\" field, so it is not an OpenAPI 3 document");
      }
      return false;
    }
    if (!openapi.isTextual() || !SUPPORTED.matcher(openapi.asText()).matches()) {
      diagnostics.report(
          Code.SPEC_VERSION,
          "/openapi",
          "OpenAPI version \""
              + openapi.asText()
              + "\" is not supported; Recordgen reads 3.0.x and 3.1.x");
      return false;
    }
    return true;
  }
}
