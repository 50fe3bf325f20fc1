package io.recordgen.generator.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds specs from adversarial names, placed at every naming site: schemas, properties, enum
 * values, operationIds, tags, parameters of each location, response headers, discriminator
 * values and the names inline types take from where they appear. The same seed always builds the
 * same spec.
 */
final class AdversarialSpecs {
  /** Keywords, contextual keywords and literals. */
  static final List<String> KEYWORDS =
      List.of(
          "class",
          "default",
          "enum",
          "new",
          "int",
          "long",
          "true",
          "null",
          "var",
          "yield",
          "record",
          "sealed",
          "permits",
          "non-sealed",
          "_",
          "when",
          "module",
          "to",
          "with",
          "interface",
          "static",
          "this",
          "super",
          "package",
          "import",
          "assert",
          "goto");

  /** Types of java.lang, the JDK, Jackson, JSpecify and the runtime that generated code uses. */
  static final List<String> TYPES =
      List.of(
          "String",
          "Object",
          "Integer",
          "Long",
          "Boolean",
          "Double",
          "Float",
          "Error",
          "Record",
          "Override",
          "Deprecated",
          "Math",
          "Exception",
          "Class",
          "System",
          "Void",
          "Number",
          "List",
          "Map",
          "Set",
          "Objects",
          "Collections",
          "ArrayList",
          "LinkedHashMap",
          "UUID",
          "URI",
          "BigDecimal",
          "OffsetDateTime",
          "LocalDate",
          "CompletableFuture",
          "Generated",
          "Nullable",
          "NullMarked",
          "JsonProperty",
          "JsonInclude",
          "JsonCreator",
          "JsonValue",
          "JsonNode",
          "JsonNullable",
          "TypeReference",
          "ApiClient",
          "ApiCall",
          "ApiResponse",
          "ApiException",
          "OperationSpec",
          "ResponseType",
          "Violations",
          "StringPattern",
          "OpenEnum",
          "Bytes",
          "Paged",
          "Multipart",
          "HeaderValues",
          "UnionDeserializer",
          "JobWaiter",
          "JobProbe",
          "JobFields",
          "Awaited");

  /** Every identifier the generated code declares itself, and the roots of its packages. */
  static final List<String> GENERATED =
      List.of(
          "call",
          "client",
          "client2",
          "violations",
          "value",
          "value2",
          "source",
          "name",
          "copy",
          "params",
          "body",
          "response",
          "jobId",
          "waiter",
          "first",
          "offset",
          "page",
          "limit",
          "items1",
          "field1",
          "item1",
          "items2",
          "item2",
          "builder",
          "toBuilder",
          "build",
          "additionalProperties",
          "additionalProperty",
          "KNOWN",
          "known",
          "of",
          "isKnown",
          "knownValues",
          "json",
          "Decoder",
          "Unknown",
          "Builder",
          "create",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "wait",
          "notify",
          "clone",
          "finalize",
          "serialVersionUID",
          "java",
          "javax",
          "io",
          "org",
          "com",
          "golden",
          "execute",
          "executeAsync",
          "exchange",
          "codec",
          "probe",
          "await",
          "required",
          "pattern",
          "each",
          "throwIfAny",
          "Impl");

  /** What the generator appends to names, and names that differ only by case or punctuation. */
  static final List<String> SUFFIXES =
      List.of(
          "Async",
          "All",
          "AndWait",
          "WithHeaders",
          "UntilDone",
          "Probe",
          "Call",
          "Params",
          "Result",
          "Impl",
          "Api",
          "Item",
          "Value",
          "Request",
          "Response",
          "Of",
          "_PATTERN",
          "_RESPONSE",
          "_JOB",
          "2",
          "_2",
          "_");

  static final List<String> ODD =
      List.of(
          "pet",
          "Pet",
          "PET",
          "pet_",
          "_pet",
          "pet2",
          "Pet2",
          "pet-2",
          "1pet",
          "",
          " ",
          "a b",
          "a.b",
          "a/b",
          "a~b",
          "naïve",
          "名前",
          "$ref",
          "x-y",
          "getPet",
          "get_pet",
          "GetPet",
          "0",
          "1",
          "_1",
          "__",
          "Con",
          "aux",
          "ÀÉÎ",
          "a\u200Bb",
          "x-recordgen-job");

  private final Random random;
  private final ObjectNode root = JsonNodeFactory.instance.objectNode();
  private final List<String> schemaNames = new ArrayList<>();

  private AdversarialSpecs(long seed) {
    this.random = new Random(seed);
  }

  /** The spec for {@code seed}, as JSON. */
  static String build(long seed) {
    try {
      return new ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(new AdversarialSpecs(seed).spec());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode spec() {
    root.put("openapi", random.nextBoolean() ? "3.0.3" : "3.1.0");
    root.putObject("info").put("title", "Adversarial").put("version", "1");
    ObjectNode schemas = root.putObject("components").putObject("schemas");
    int count = 1 + random.nextInt(5);
    Set<String> taken = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      // Component keys may only hold letters, digits, '.', '-' and '_' (OpenAPI 3.0, 4.8.7.1).
      String name = name().replaceAll("[^A-Za-z0-9._-]", "_");
      if (!name.isBlank() && taken.add(name)) {
        schemaNames.add(name);
      }
    }
    for (String name : schemaNames) {
      schemas.set(name, componentSchema(name));
    }
    if (random.nextInt(3) == 0 && schemaNames.size() >= 2) {
      schemas.set(name().replaceAll("[^A-Za-z0-9._-]", "_") + "Union", union());
    }
    ObjectNode paths = root.putObject("paths");
    int operations = 1 + random.nextInt(4);
    for (int i = 0; i < operations; i++) {
      operation(paths, i);
    }
    return root;
  }

  /** One adversarial name, sometimes with a suffix the generator adds. */
  private String name() {
    List<List<String>> pools = List.of(KEYWORDS, TYPES, GENERATED, ODD);
    List<String> pool = pools.get(random.nextInt(pools.size()));
    String name = pool.get(random.nextInt(pool.size()));
    if (random.nextInt(4) == 0) {
      name = name + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
    }
    return name;
  }

  private ObjectNode componentSchema(String name) {
    return switch (random.nextInt(6)) {
      case 0 -> enumSchema();
      case 1 -> {
        ObjectNode array = JsonNodeFactory.instance.objectNode().put("type", "array");
        array.set("items", property(1));
        yield array;
      }
      default -> object(0);
    };
  }

  private ObjectNode object(int depth) {
    ObjectNode object = JsonNodeFactory.instance.objectNode().put("type", "object");
    ObjectNode properties = object.putObject("properties");
    ArrayNode required = JsonNodeFactory.instance.arrayNode();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      String property = name();
      properties.set(property, property(depth + 1));
      if (random.nextInt(3) == 0) {
        required.add(property);
      }
    }
    if (!required.isEmpty()) {
      object.set("required", required);
    }
    if (random.nextInt(5) == 0) {
      object.set("additionalProperties", property(depth + 1));
    }
    return object;
  }

  private ObjectNode property(int depth) {
    ObjectNode schema;
    int kind = random.nextInt(depth > 2 ? 5 : 10);
    schema =
        switch (kind) {
          case 0 -> JsonNodeFactory.instance.objectNode().put("type", "string");
          case 1 ->
              JsonNodeFactory.instance
                  .objectNode()
                  .put("type", "string")
                  .put("pattern", "^[a-z]+$");
          case 2 -> JsonNodeFactory.instance.objectNode().put("type", "integer").put("minimum", 0);
          case 3 ->
              JsonNodeFactory.instance
                  .objectNode()
                  .put("type", "string")
                  .put("format", random.nextBoolean() ? "date-time" : "uuid");
          case 4 -> reference();
          case 5 -> {
            ObjectNode array = JsonNodeFactory.instance.objectNode().put("type", "array");
            array.set("items", property(depth + 1));
            if (random.nextBoolean()) {
              array.put("uniqueItems", true);
            }
            yield array;
          }
          case 6 -> enumSchema();
          case 7 -> object(depth);
          case 8 -> {
            ObjectNode map = JsonNodeFactory.instance.objectNode().put("type", "object");
            map.set("additionalProperties", property(depth + 1));
            yield map;
          }
          default -> JsonNodeFactory.instance.objectNode().put("type", "boolean");
        };
    if (random.nextInt(4) == 0 && !schema.has("$ref")) {
      schema.put("nullable", true);
    }
    return schema;
  }

  private ObjectNode reference() {
    if (schemaNames.isEmpty()) {
      return JsonNodeFactory.instance.objectNode().put("type", "string");
    }
    String target = schemaNames.get(random.nextInt(schemaNames.size()));
    return JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + target);
  }

  private ObjectNode enumSchema() {
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "string");
    ArrayNode values = schema.putArray("enum");
    Set<String> seen = new LinkedHashSet<>();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      String value = name();
      if (seen.add(value)) {
        values.add(value);
      }
    }
    return schema;
  }

  /** A oneOf with a discriminator whose values are adversarial names. */
  private ObjectNode union() {
    ObjectNode union = JsonNodeFactory.instance.objectNode();
    ArrayNode alternatives = union.putArray("oneOf");
    ObjectNode mapping = JsonNodeFactory.instance.objectNode();
    int count = 2 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      if (random.nextBoolean()) {
        ObjectNode alternative = reference();
        alternatives.add(alternative);
        if (alternative.has("$ref")) {
          mapping.put(name() + i, alternative.get("$ref").asText());
        }
      } else {
        alternatives.add(property(2));
      }
    }
    if (random.nextBoolean() && !mapping.isEmpty()) {
      union.putObject("discriminator").put("propertyName", name()).set("mapping", mapping);
    }
    return union;
  }

  private void operation(ObjectNode paths, int index) {
    List<String> pathParams = new ArrayList<>();
    StringBuilder path = new StringBuilder("/r" + index);
    int pathCount = random.nextInt(3);
    for (int i = 0; i < pathCount; i++) {
      String param = name().replaceAll("[{}/?#]", "") + i;
      pathParams.add(param);
      path.append("/{").append(param).append('}');
    }
    String[] methods = {"get", "post", "put", "delete", "patch"};
    ObjectNode operation =
        paths.putObject(path.toString()).putObject(methods[random.nextInt(methods.length)]);
    if (random.nextInt(5) != 0) {
      operation.put("operationId", name());
    }
    if (random.nextBoolean()) {
      operation.putArray("tags").add(name());
    }
    ArrayNode parameters = operation.putArray("parameters");
    for (String param : pathParams) {
      parameters.add(parameter(param, "path", true));
    }
    String[] locations = {"query", "header", "cookie"};
    int others = random.nextInt(5);
    Set<String> seen = new LinkedHashSet<>(pathParams);
    for (int i = 0; i < others; i++) {
      String location = locations[random.nextInt(locations.length)];
      String param = name();
      if (!param.isBlank() && seen.add(location + ":" + param)) {
        parameters.add(parameter(param, location, random.nextBoolean()));
      }
    }
    if (random.nextBoolean()) {
      ObjectNode content =
          operation
              .putObject("requestBody")
              .put("required", random.nextBoolean())
              .putObject("content");
      content
          .putObject("application/json")
          .set("schema", random.nextBoolean() ? reference() : object(1));
    }
    ObjectNode responses = operation.putObject("responses");
    ObjectNode success = responses.putObject(random.nextBoolean() ? "200" : "201");
    success.put("description", "ok");
    if (random.nextInt(4) == 0) {
      // A list that pages by offset and limit: the pager method and its lambdas.
      for (String name : List.of("offset", "limit")) {
        ObjectNode param = parameters.addObject().put("name", name).put("in", "query");
        param.putObject("schema").put("type", "integer").put("format", "int32");
      }
      ObjectNode page = JsonNodeFactory.instance.objectNode().put("type", "object");
      ObjectNode properties = page.putObject("properties");
      properties.putObject(name() + "s").put("type", "array").set("items", reference());
      properties.putObject("total_count").put("type", "integer");
      success.putObject("content").putObject("application/json").set("schema", page);
    } else if (random.nextInt(4) != 0) {
      success
          .putObject("content")
          .putObject("application/json")
          .set("schema", random.nextBoolean() ? reference() : object(1));
    }
    if (random.nextInt(3) == 0) {
      ObjectNode headers = success.putObject("headers");
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        headers.putObject(name() + "-h" + i).set("schema", property(3));
      }
    }
    if (random.nextBoolean()) {
      responses.putObject(random.nextBoolean() ? "404" : "default").put("description", "error");
    }
  }

  private ObjectNode parameter(String name, String location, boolean required) {
    ObjectNode parameter =
        JsonNodeFactory.instance.objectNode().put("name", name).put("in", location);
    if (required || location.equals("path")) {
      parameter.put("required", true);
    }
    ObjectNode schema = property(3);
    if (location.equals("query") && random.nextInt(3) == 0) {
      schema = JsonNodeFactory.instance.objectNode().put("type", "array");
      schema.set("items", JsonNodeFactory.instance.objectNode().put("type", "string"));
      parameter.put("explode", random.nextBoolean());
    }
    parameter.set("schema", schema);
    return parameter;
  }
}
