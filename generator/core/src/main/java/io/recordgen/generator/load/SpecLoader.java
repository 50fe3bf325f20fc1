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
import java.util.List;
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
    return load(source, List.of(), options, diagnostics, read);
  }

  /**
   * Loads {@code source} with OpenAPI Overlays applied, in order, before anything else reads
   * it: every later stage, and every diagnostic's pointer, sees the overlaid document.
   *
   * @return the model, or {@code null} if an error was reported
   */
  public static @Nullable ApiSpec load(
      SpecSource source,
      List<SpecSource> overlays,
      LoadOptions options,
      Diagnostics diagnostics,
      Consumer<URI> read) {
    JsonNode document = new DocumentReader(options, diagnostics).read(source);
    if (document == null) {
      return null;
    }
    if (!overlays.isEmpty()) {
      List<Overlays.Read> trees = new java.util.ArrayList<>();
      for (SpecSource overlay : overlays) {
        JsonNode tree = new DocumentReader(options, diagnostics).read(overlay);
        if (tree == null) {
          return null;
        }
        trees.add(new Overlays.Read(overlay.name(), tree));
      }
      document = Overlays.apply(document, trees, diagnostics);
      if (document == null) {
        return null;
      }
    }
    if (isSwagger2(document)) {
      ObjectNode converted = SwaggerConversion.convert(document, source.name(), diagnostics);
      if (converted == null) {
        return null;
      }
      // Every later stage reports places in the 2.0 document the user wrote.
      diagnostics.translateWith(SwaggerConversion.translator(document));
      return loadTree(converted, source, options, diagnostics, read);
    }
    if (!checkVersion(document, source, diagnostics)) {
      return null;
    }
    return loadTree(document, source, options, diagnostics, read);
  }

  private static boolean isSwagger2(JsonNode tree) {
    return tree.get("openapi") == null && tree.path("swagger").asText().equals("2.0");
  }

  /** Loads an OpenAPI 3 tree: references, Swagger Parser's model, translation. */
  private static @Nullable ApiSpec loadTree(
      JsonNode tree,
      SpecSource source,
      LoadOptions options,
      Diagnostics diagnostics,
      Consumer<URI> read) {
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
                + "; Recordgen reads Swagger 2.0 and OpenAPI 3.0 and 3.1");
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
