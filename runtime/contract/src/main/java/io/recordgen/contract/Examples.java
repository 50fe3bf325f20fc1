package io.recordgen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The response bodies the stub serves: the spec's own example for a status when it has one,
 * otherwise a value built from the schema (required properties, first enum values, defaults).
 */
final class Examples {
  private static final ObjectMapper JSON = Json.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;

  private final OpenAPI api;

  Examples(OpenAPI api) {
    this.api = api;
  }

  /** The first documented success status of an operation, with its response. */
  static Map.@Nullable Entry<String, ApiResponse> success(Operation operation) {
    if (operation.getResponses() == null) {
      return null;
    }
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      if (entry.getKey().startsWith("2")) {
        return entry;
      }
    }
    return null;
  }

  /** The response for {@code status}, or {@code null} when the operation does not document it. */
  @Nullable StubResponse response(Operation operation, String status) {
    if (operation.getResponses() == null) {
      return null;
    }
    ApiResponse response = operation.getResponses().get(status);
    if (response == null) {
      return null;
    }
    int code = status.matches("\\d{3}") ? Integer.parseInt(status) : 500;
    if (response.getContent() == null || response.getContent().isEmpty()) {
      return StubResponse.empty(code);
    }
    Map.Entry<String, MediaType> media = response.getContent().entrySet().iterator().next();
    JsonNode body = example(media.getValue());
    if (body == null) {
      body = synthesize(media.getValue().getSchema(), 0);
    }
    try {
      return new StubResponse(
          code, Map.of("Content-Type", media.getKey()), JSON.writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable JsonNode example(MediaType media) {
    if (media.getExamples() != null) {
      for (io.swagger.v3.oas.models.examples.Example example : media.getExamples().values()) {
        if (example.getValue() != null) {
          return JSON.valueToTree(example.getValue());
        }
      }
    }
    if (media.getExample() != null) {
      return JSON.valueToTree(media.getExample());
    }
    if (media.getSchema() != null && media.getSchema().getExample() != null) {
      return JSON.valueToTree(media.getSchema().getExample());
    }
    return null;
  }

  /** A value that fits {@code schema}, as plain as possible. */
  @SuppressWarnings("rawtypes")
  JsonNode synthesize(@Nullable Schema<?> schema, int depth) {
    if (schema == null || depth > MAX_DEPTH) {
      return NODES.nullNode();
    }
    if (schema.get$ref() != null) {
      String ref = schema.get$ref();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      Schema<?> target =
          api.getComponents() == null || api.getComponents().getSchemas() == null
              ? null
              : api.getComponents().getSchemas().get(name);
      return synthesize(target, depth + 1);
    }
    if (schema.getExample() != null) {
      return JSON.valueToTree(schema.getExample());
    }
    if (schema.getDefault() != null) {
      return JSON.valueToTree(schema.getDefault());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return JSON.valueToTree(schema.getEnum().get(0));
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      ObjectNode merged = NODES.objectNode();
      for (Schema part : schema.getAllOf()) {
        JsonNode value = synthesize(part, depth + 1);
        if (value.isObject()) {
          merged.setAll((ObjectNode) value);
        }
      }
      return merged;
    }
    List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (alternatives != null && !alternatives.isEmpty()) {
      return synthesize(alternatives.get(0), depth + 1);
    }
    String type =
        schema.getType() != null
            ? schema.getType()
            : schema.getTypes() != null && !schema.getTypes().isEmpty()
                ? schema.getTypes().iterator().next()
                : schema.getProperties() != null ? "object" : "string";
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int items = schema.getMinItems() == null ? 0 : Math.min(schema.getMinItems(), 3);
        for (int i = 0; i < items; i++) {
          array.add(synthesize(schema.getItems(), depth + 1));
        }
        yield array;
      }
      case "integer" ->
          NODES.numberNode(schema.getMinimum() == null ? 0 : schema.getMinimum().longValue());
      case "number" ->
          NODES.numberNode(
              schema.getMinimum() == null ? java.math.BigDecimal.ZERO : schema.getMinimum());
      case "boolean" -> NODES.booleanNode(false);
      default -> NODES.textNode(string(schema));
    };
  }

  @SuppressWarnings("rawtypes")
  private JsonNode object(Schema<?> schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (schema.getProperties() == null) {
      return object;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
      if (required.contains(property.getKey())) {
        object.set(property.getKey(), synthesize(property.getValue(), depth + 1));
      }
    }
    return object;
  }

  private static String string(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    return switch (format) {
      case "date-time" -> "2020-01-01T00:00:00Z";
      case "date" -> "2020-01-01";
      case "uuid" -> "00000000-0000-0000-0000-000000000000";
      case "uri" -> "https://example.com/";
      default -> "string";
    };
  }
}
