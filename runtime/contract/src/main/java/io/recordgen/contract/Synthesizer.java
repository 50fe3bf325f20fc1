package io.recordgen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Builds a JSON value that a schema accepts, for responses a spec gives no example of: required
 * properties (and, while shallow, some optional ones), types and formats, {@code enum}, {@code
 * const}, bounds, lengths, {@code pattern}, item counts, {@code allOf} merged, a branch of {@code
 * oneOf}/{@code anyOf} with its discriminator value set, and nullable values kept non-null.
 * Recursion is bounded: past {@link #SHALLOW} levels only required properties are built, and past
 * {@link #MAX_DEPTH} a value is the smallest the schema allows. The same seed gives the same value.
 */
final class Synthesizer {
  private static final ObjectMapper JSON = Json.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String COMPONENTS = "#/components/schemas/";

  /** Deeper than this, optional properties are left out. */
  static final int SHALLOW = 3;

  /** Deeper than this, values are the smallest the schema allows. */
  static final int MAX_DEPTH = 12;

  private final OpenAPI api;
  private final Random random;
  private final Scalars scalars;

  Synthesizer(OpenAPI api, long seed) {
    this.api = api;
    this.random = new Random(seed);
    this.scalars = new Scalars(random);
  }

  /** A value {@code schema} accepts; the spec's own example or default where it has one. */
  JsonNode value(@Nullable Schema<?> schema) {
    return value(schema, 0);
  }

  @SuppressWarnings("rawtypes")
  private JsonNode value(@Nullable Schema<?> given, int depth) {
    Schema<?> schema = resolve(given);
    if (schema == null) {
      return NODES.objectNode();
    }
    if (schema.getConst() != null) {
      return JSON.valueToTree(schema.getConst());
    }
    if (schema.getExample() != null) {
      return JSON.valueToTree(schema.getExample());
    }
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      return JSON.valueToTree(schema.getExamples().get(0));
    }
    if (schema.getDefault() != null) {
      return JSON.valueToTree(schema.getDefault());
    }
    List<?> values = nonNull(schema.getEnum());
    if (!values.isEmpty()) {
      return JSON.valueToTree(values.get(random.nextInt(values.size())));
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return allOf(schema, depth);
    }
    List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (branches != null && !branches.isEmpty()) {
      return branch(schema, branches, depth);
    }
    return switch (type(schema)) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, depth);
      case "integer" -> NODES.numberNode(scalars.integer(schema));
      case "number" -> NODES.numberNode(scalars.number(schema));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "null" -> NODES.nullNode();
      default -> NODES.textNode(scalars.string(schema));
    };
  }

  /** The schema a {@code $ref} names, followed through chains; {@code null} when it is none. */
  private @Nullable Schema<?> resolve(@Nullable Schema<?> schema) {
    for (int hops = 0; schema != null && schema.get$ref() != null && hops < 64; hops++) {
      String ref = schema.get$ref();
      schema = component(ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : ref);
    }
    return schema;
  }

  private @Nullable Schema<?> component(String name) {
    return api.getComponents() == null || api.getComponents().getSchemas() == null
        ? null
        : api.getComponents().getSchemas().get(name);
  }

  private static List<?> nonNull(@Nullable List<?> values) {
    if (values == null) {
      return List.of();
    }
    List<Object> kept = new ArrayList<>();
    for (Object value : values) {
      if (value != null) {
        kept.add(value);
      }
    }
    return kept;
  }

  /** Every part's value merged; the schema's own properties too. */
  @SuppressWarnings("rawtypes")
  private JsonNode allOf(Schema<?> schema, int depth) {
    ObjectNode merged = NODES.objectNode();
    JsonNode last = null;
    for (Schema part : schema.getAllOf()) {
      last = value(part, depth + 1);
      if (last.isObject()) {
        merged.setAll((ObjectNode) last);
      }
    }
    if (schema.getProperties() != null) {
      JsonNode own = object(schema, depth);
      merged.setAll((ObjectNode) own);
    }
    return merged.isEmpty() && last != null && !last.isObject() ? last : merged;
  }

  /** A branch of {@code oneOf}/{@code anyOf}; with a discriminator, its value for the branch. */
  @SuppressWarnings("rawtypes")
  private JsonNode branch(Schema<?> schema, List<Schema> branches, int depth) {
    List<Schema> real = new ArrayList<>();
    for (Schema candidate : branches) {
      Schema<?> resolved = resolve(candidate);
      if (resolved == null || !"null".equals(type(resolved))) {
        real.add(candidate);
      }
    }
    List<Schema> from = real.isEmpty() ? branches : real;
    // Deep down, the first branch: a recursive union ends where its first alternative does.
    Schema chosen = depth >= SHALLOW ? from.get(0) : from.get(random.nextInt(from.size()));
    JsonNode value = value(chosen, depth + 1);
    Discriminator discriminator = schema.getDiscriminator();
    if (discriminator != null && discriminator.getPropertyName() != null && value.isObject()) {
      ((ObjectNode) value).put(discriminator.getPropertyName(), tag(discriminator, chosen));
    }
    return value;
  }

  /** The discriminator value of a branch: its mapping key, else its component name. */
  private static String tag(Discriminator discriminator, Schema<?> branch) {
    String ref = branch.get$ref() == null ? "" : branch.get$ref();
    if (discriminator.getMapping() != null) {
      for (Map.Entry<String, String> entry : discriminator.getMapping().entrySet()) {
        if (entry.getValue().equals(ref) || ref.endsWith("/" + entry.getValue())) {
          return entry.getKey();
        }
      }
    }
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  @SuppressWarnings("rawtypes")
  private JsonNode object(Schema<?> schema, int depth) {
    ObjectNode object = NODES.objectNode();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    Map<String, Schema> properties =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    int wanted = schema.getMinProperties() == null ? 0 : schema.getMinProperties();
    int allowed = schema.getMaxProperties() == null ? Integer.MAX_VALUE : schema.getMaxProperties();
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      boolean isRequired = required.contains(property.getKey());
      boolean optional =
          !isRequired
              && Boolean.TRUE != property.getValue().getWriteOnly()
              && depth < SHALLOW
              && (object.size() < wanted || random.nextBoolean());
      if ((isRequired || optional) && object.size() < allowed) {
        object.set(
            property.getKey(),
            depth >= MAX_DEPTH && !isRequired
                ? NODES.nullNode()
                : value(property.getValue(), depth + 1));
      }
    }
    // A required name that no property declares: any value will do.
    for (String name : required) {
      if (!object.has(name)) {
        object.put(name, scalars.string(new Schema<>()));
      }
    }
    for (int i = 0; object.size() < wanted && additionalAllowed(schema); i++) {
      object.set("extra" + i, value(additional(schema), depth + 1));
    }
    return object;
  }

  private static boolean additionalAllowed(Schema<?> schema) {
    return !(schema.getAdditionalProperties() instanceof Boolean allowed) || allowed;
  }

  private static @Nullable Schema<?> additional(Schema<?> schema) {
    return schema.getAdditionalProperties() instanceof Schema<?> values ? values : new Schema<>();
  }

  private JsonNode array(Schema<?> schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
    int max = schema.getMaxItems() == null ? min + 2 : schema.getMaxItems();
    int count =
        depth >= SHALLOW
            ? min
            : min + random.nextInt(Math.max(1, Math.min(max, min + 2) - min + 1));
    boolean unique = Boolean.TRUE.equals(schema.getUniqueItems());
    for (int tries = 0; array.size() < count && tries < count * 20; tries++) {
      JsonNode item = value(schema.getItems(), depth + 1);
      if (!unique || !contains(array, item)) {
        array.add(item);
      }
    }
    return array;
  }

  private static boolean contains(ArrayNode array, JsonNode item) {
    for (JsonNode existing : array) {
      if (existing.equals(item)) {
        return true;
      }
    }
    return false;
  }

  /** The schema's type: declared (3.0 or 3.1), else what its keywords imply. */
  static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      for (String type : new java.util.TreeSet<>(schema.getTypes())) {
        if (!type.equals("null")) {
          return type;
        }
      }
      return "null";
    }
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    if (schema.getMinimum() != null || schema.getMaximum() != null) {
      return "number";
    }
    return "string";
  }
}
