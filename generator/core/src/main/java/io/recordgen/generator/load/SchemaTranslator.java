package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Bound;
import io.recordgen.generator.model.Discriminator;
import io.recordgen.generator.model.Docs;
import io.recordgen.generator.model.Property;
import io.recordgen.generator.model.Schema;
import io.recordgen.generator.model.SchemaMeta;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Translates Swagger Parser schemas into {@link Schema}s.
 *
 * <p>Structure (properties, items, compositions) comes from Swagger Parser's model; JSON values
 * ({@code enum}, {@code const}, {@code default}, {@code example}) and the 3.1 {@code type} list
 * come from the raw node walked in lockstep, so that no value is converted on the way (Swagger
 * Parser turns date-like strings into dates, for one). References to component schemas stay
 * references; other local references are translated in place, with a guard against cycles.
 */
final class SchemaTranslator {
  private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

  private final JsonNode root;
  private final boolean openapi31;
  private final Diagnostics diagnostics;
  private final SchemaValues values;
  private final Set<String> inlineRefsInProgress = new HashSet<>();

  SchemaTranslator(JsonNode root, boolean openapi31, Diagnostics diagnostics) {
    this.root = root;
    this.openapi31 = openapi31;
    this.diagnostics = diagnostics;
    this.values = new SchemaValues(diagnostics);
  }

  /** Translates a schema; a missing schema is {@code AnyType}. */
  Schema translate(
      io.swagger.v3.oas.models.media.@Nullable Schema<?> schema, JsonNode raw, String pointer) {
    Schema translated = translateSchema(schema, raw, pointer);
    if (!values.check(translated, raw.get("default"), pointer, "default")
        && raw instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      // A default that does not fit is dropped, so that no documentation shows it.
      com.fasterxml.jackson.databind.node.ObjectNode without = object.deepCopy();
      without.remove("default");
      translated = translateSchema(schema, without, pointer);
    }
    values.check(translated, raw.get("example"), pointer, "example");
    return translated;
  }

  private Schema translateSchema(
      io.swagger.v3.oas.models.media.@Nullable Schema<?> schema, JsonNode raw, String pointer) {
    if (schema == null) {
      return new Schema.AnyType(meta(null, raw, pointer, false));
    }
    String ref = schema.get$ref();
    if (ref != null) {
      return reference(schema, ref, raw, pointer);
    }

    Set<String> types = types(schema, raw);
    boolean nullable = types.remove("null") || Boolean.TRUE.equals(schema.getNullable());
    JsonNode enumValues = raw.get("enum");
    if (enumValues != null && enumValues.isArray()) {
      for (JsonNode value : enumValues) {
        nullable |= value.isNull();
      }
    }
    SchemaMeta meta = meta(schema, raw, pointer, nullable);

    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      List<Schema> parts = parts(schema.getAllOf(), raw.path("allOf"), pointer + "/allOf");
      if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
        parts.add(object(schema, raw, SchemaMeta.at(pointer)));
      }
      return new Schema.AllOf(meta, parts, discriminator(schema));
    }
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return new Schema.OneOf(
          meta,
          true,
          parts(schema.getOneOf(), raw.path("oneOf"), pointer + "/oneOf"),
          discriminator(schema));
    }
    if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
      return new Schema.OneOf(
          meta,
          false,
          parts(schema.getAnyOf(), raw.path("anyOf"), pointer + "/anyOf"),
          discriminator(schema));
    }

    if (enumValues != null && enumValues.isArray() && !enumValues.isEmpty()) {
      return values.enumType(meta, types, enumValues);
    }
    JsonNode constant = raw.get("const");
    if (constant != null && !constant.isNull() && !constant.isContainerNode()) {
      return values.enumType(
          meta,
          types,
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(constant));
    }

    if (types.size() > 1) {
      diagnostics.report(
          Code.SCHEMA_WEAKENED, pointer, "a value of types " + types + " is generated as Object");
      return new Schema.AnyType(meta);
    }
    String type = types.isEmpty() ? inferType(schema) : types.iterator().next();
    return switch (type) {
      case "string" ->
          new Schema.StringType(
              meta,
              schema.getFormat(),
              schema.getMinLength(),
              schema.getMaxLength(),
              schema.getPattern());
      case "integer" ->
          new Schema.IntegerType(
              meta,
              schema.getFormat(),
              bound(raw, "minimum", "exclusiveMinimum"),
              bound(raw, "maximum", "exclusiveMaximum"),
              schema.getMultipleOf());
      case "number" ->
          new Schema.NumberType(
              meta,
              schema.getFormat(),
              bound(raw, "minimum", "exclusiveMinimum"),
              bound(raw, "maximum", "exclusiveMaximum"),
              schema.getMultipleOf());
      case "boolean" -> new Schema.BooleanType(meta);
      case "array" ->
          new Schema.ArrayType(
              meta,
              translate(schema.getItems(), raw.path("items"), pointer + "/items"),
              schema.getMinItems(),
              schema.getMaxItems(),
              Boolean.TRUE.equals(schema.getUniqueItems()));
      case "object" -> object(schema, raw, meta);
      default -> new Schema.AnyType(meta);
    };
  }

  private Schema reference(
      io.swagger.v3.oas.models.media.Schema<?> schema, String ref, JsonNode raw, String pointer) {
    boolean nullable = Boolean.TRUE.equals(schema.getNullable());
    JsonNode type = raw.get("type");
    if (type != null && type.isArray()) {
      for (JsonNode each : type) {
        nullable |= "null".equals(each.asText());
      }
    }
    SchemaMeta meta = meta(schema, raw, pointer, nullable);
    if (ref.startsWith(COMPONENT_SCHEMAS)) {
      String tail = ref.substring(COMPONENT_SCHEMAS.length());
      if (tail.indexOf('/') < 0) {
        return new Schema.Ref(meta, Pointers.unescape(Pointers.decodeLeniently(tail)));
      }
    }
    if (!ref.startsWith("#/")) {
      // The scanner refused it already, or the allowlisted resolver did not inline it.
      diagnostics.report(
          Code.REF_UNRESOLVED,
          pointer + "/$ref",
          "$ref \"" + ref + "\" was not resolved into the document");
      return new Schema.AnyType(meta);
    }
    String target = Pointers.decodeLeniently(ref.substring(1));
    JsonNode node = root.at(target);
    if (node.isMissingNode()) {
      diagnostics.report(
          Code.REF_UNRESOLVED, pointer + "/$ref", "$ref \"" + ref + "\" points to nothing");
      return new Schema.AnyType(meta);
    }
    if (!inlineRefsInProgress.add(target)) {
      diagnostics.report(
          Code.SCHEMA_WEAKENED,
          pointer + "/$ref",
          "$ref \""
              + ref
              + "\" refers back into itself outside #/components/schemas; generated as Object");
      return new Schema.AnyType(meta);
    }
    try {
      OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult();
      result.openapi31(openapi31);
      io.swagger.v3.oas.models.media.Schema<?> resolved =
          new OpenAPIDeserializer().getSchema(node, target, result);
      return translate(resolved, node, target);
    } finally {
      inlineRefsInProgress.remove(target);
    }
  }

  @SuppressWarnings("rawtypes") // Swagger Parser's API uses the raw Schema type
  private List<Schema> parts(
      List<io.swagger.v3.oas.models.media.Schema> schemas, JsonNode raw, String pointer) {
    List<Schema> parts = new ArrayList<>(schemas.size());
    for (int i = 0; i < schemas.size(); i++) {
      parts.add(translate(schemas.get(i), raw.path(i), Pointers.child(pointer, i)));
    }
    return parts;
  }

  @SuppressWarnings("rawtypes") // Swagger Parser's API uses the raw Schema type
  private Schema.ObjectType object(
      io.swagger.v3.oas.models.media.Schema<?> schema, JsonNode raw, SchemaMeta meta) {
    String pointer = meta.pointer();
    List<Property> properties = new ArrayList<>();
    Set<String> required =
        new HashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
    if (schema.getProperties() != null) {
      JsonNode rawProperties = raw.path("properties");
      for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> e :
          schema.getProperties().entrySet()) {
        String name = e.getKey();
        String at = Pointers.child(pointer + "/properties", name);
        properties.add(
            new Property(
                name,
                translate(e.getValue(), rawProperties.path(name), at),
                required.contains(name),
                at,
                Pointers.componentSchema(pointer)));
      }
    }
    return new Schema.ObjectType(
        meta,
        properties,
        additional(schema, raw, pointer),
        schema.getMinProperties(),
        schema.getMaxProperties(),
        discriminator(schema));
  }

  private Schema.Additional additional(
      io.swagger.v3.oas.models.media.Schema<?> schema, JsonNode raw, String pointer) {
    JsonNode node = raw.get("additionalProperties");
    if (node == null) {
      return new Schema.Additional.Unspecified();
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? new Schema.Additional.Any() : new Schema.Additional.Forbidden();
    }
    if (node.isObject() && node.isEmpty()) {
      return new Schema.Additional.Any();
    }
    Object value = schema.getAdditionalProperties();
    if (value instanceof io.swagger.v3.oas.models.media.Schema<?> values) {
      return new Schema.Additional.Typed(
          translate(values, node, pointer + "/additionalProperties"));
    }
    return new Schema.Additional.Any();
  }

  private static @Nullable Discriminator discriminator(
      io.swagger.v3.oas.models.media.Schema<?> schema) {
    io.swagger.v3.oas.models.media.Discriminator d = schema.getDiscriminator();
    if (d == null || d.getPropertyName() == null) {
      return null;
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    if (d.getMapping() != null) {
      d.getMapping().forEach((value, ref) -> mapping.put(value, componentName(ref)));
    }
    return new Discriminator(d.getPropertyName(), mapping);
  }

  /** {@code #/components/schemas/Cat} and the bare {@code Cat} both name component Cat. */
  private static String componentName(String ref) {
    return ref.startsWith(COMPONENT_SCHEMAS)
        ? Pointers.unescape(Pointers.decodeLeniently(ref.substring(COMPONENT_SCHEMAS.length())))
        : ref;
  }

  private SchemaMeta meta(
      io.swagger.v3.oas.models.media.@Nullable Schema<?> schema,
      JsonNode raw,
      String pointer,
      boolean nullable) {
    if (schema == null) {
      return new SchemaMeta(
          pointer,
          Docs.none(),
          nullable,
          SchemaMeta.Access.READ_WRITE,
          false,
          false,
          null,
          null,
          Pointers.owner(pointer));
    }
    SchemaMeta.Access access =
        Boolean.TRUE.equals(schema.getReadOnly())
            ? SchemaMeta.Access.READ_ONLY
            : Boolean.TRUE.equals(schema.getWriteOnly())
                ? SchemaMeta.Access.WRITE_ONLY
                : SchemaMeta.Access.READ_WRITE;
    JsonNode sensitive = raw.get("x-sensitive");
    boolean secret =
        "password".equals(schema.getFormat()) || (sensitive != null && sensitive.asBoolean(false));
    return new SchemaMeta(
        pointer,
        new Docs(schema.getTitle(), schema.getDescription()),
        nullable,
        access,
        Boolean.TRUE.equals(schema.getDeprecated()),
        secret,
        json(raw.get("default")),
        json(example(raw)),
        Pointers.owner(pointer));
  }

  private static @Nullable JsonNode example(JsonNode raw) {
    JsonNode example = raw.get("example");
    if (example != null) {
      return example;
    }
    JsonNode examples = raw.get("examples");
    return examples != null && examples.isArray() && !examples.isEmpty() ? examples.get(0) : null;
  }

  private static @Nullable String json(@Nullable JsonNode node) {
    return node == null ? null : node.toString();
  }

  private static Set<String> types(io.swagger.v3.oas.models.media.Schema<?> schema, JsonNode raw) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = raw.get("type");
    if (type != null && type.isArray()) {
      type.forEach(each -> types.add(each.asText()));
    } else if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      types.addAll(schema.getTypes());
    }
    return types;
  }

  private static String inferType(io.swagger.v3.oas.models.media.Schema<?> schema) {
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    return "any";
  }

  private static @Nullable Bound bound(JsonNode raw, String inclusive, String exclusive) {
    JsonNode exclusiveNode = raw.get(exclusive);
    if (exclusiveNode != null && exclusiveNode.isNumber()) {
      return new Bound(exclusiveNode.decimalValue(), true); // 3.1 form
    }
    JsonNode limit = raw.get(inclusive);
    if (limit == null || !limit.isNumber()) {
      return null;
    }
    boolean excluded = exclusiveNode != null && exclusiveNode.asBoolean(false); // 3.0 form
    return new Bound(limit.decimalValue(), excluded);
  }
}
