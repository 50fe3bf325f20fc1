package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A Swagger 2.0 document, converted to OpenAPI 3.0 by Swagger Parser's converter, so that the rest
 * of loading sees one kind of document. The converter keeps no source locations: {@link
 * SwaggerPointers} maps every diagnostic's pointer back into the 2.0 document, and says so where
 * it cannot. The converter's own complaints become located warnings.
 */
final class SwaggerConversion {
  private SwaggerConversion() {}

  /** The OpenAPI 3.0 tree of a Swagger 2.0 one, or {@code null} when it cannot be converted. */
  static @Nullable ObjectNode convert(JsonNode swagger, String name, Diagnostics diagnostics) {
    SwaggerDeserializationResult read;
    SwaggerParseResult converted;
    try {
      read = new SwaggerDeserializer().deserialize(swagger);
      converted = new SwaggerConverter().convert(read);
    } catch (RuntimeException e) {
      diagnostics.report(
          Code.SPEC_INVALID,
          "",
          name + " could not be converted from Swagger 2.0 (" + e.getClass().getSimpleName() + ")");
      return null;
    }
    if (read.getMessages() != null) {
      for (String message : read.getMessages()) {
        // The 2.0 reader writes its locations as the 3.0 one does: map them onto the document.
        String location = ParserMessages.location(message);
        String pointer =
            location == null
                ? ""
                : ParserMessages.pointer(location.replaceFirst("=`.*$", ""), swagger);
        diagnostics.report(Code.SPEC_CONVERTED, pointer, "Swagger 2.0: " + message);
      }
    }
    if (converted == null || converted.getOpenAPI() == null) {
      diagnostics.report(Code.SPEC_INVALID, "", name + " is not a Swagger 2.0 document");
      return null;
    }
    JsonNode tree;
    try {
      tree = Json.mapper().valueToTree(converted.getOpenAPI());
    } catch (RuntimeException e) {
      diagnostics.report(
          Code.SPEC_INVALID,
          "",
          name + " could not be converted from Swagger 2.0 (" + e.getClass().getSimpleName() + ")");
      return null;
    }
    if (!(tree instanceof ObjectNode object)) {
      diagnostics.report(Code.SPEC_INVALID, "", name + " converted to no document");
      return null;
    }
    return object;
  }

  /** Rewrites a diagnostic about the converted document to name the place in the 2.0 one. */
  static UnaryOperator<Diagnostic> translator(JsonNode swagger) {
    SwaggerPointers pointers = new SwaggerPointers(swagger);
    return diagnostic -> {
      SwaggerPointers.Mapped mapped = pointers.toSource(diagnostic.pointer());
      String message =
          mapped.exact()
              ? diagnostic.message()
              : diagnostic.message()
                  + " (at "
                  + (diagnostic.pointer().isEmpty() ? "the root" : diagnostic.pointer())
                  + " of the OpenAPI 3.0 conversion, which has no exact place in the 2.0"
                  + " document)";
      return new Diagnostic(diagnostic.code(), mapped.pointer(), message);
    };
  }
}
