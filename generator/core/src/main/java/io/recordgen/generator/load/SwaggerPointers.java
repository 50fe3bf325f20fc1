package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a JSON pointer into the OpenAPI 3.0 conversion of a Swagger 2.0 document back to the 2.0
 * document, by the rules the converter follows:
 *
 * <table>
 *   <caption>Pointer mapping</caption>
 *   <tr><th>OpenAPI 3.0</th><th>Swagger 2.0</th></tr>
 *   <tr><td>{@code /components/schemas/X}</td><td>{@code /definitions/X}</td></tr>
 *   <tr><td>{@code /components/parameters/X[/schema]}</td><td>{@code /parameters/X}</td></tr>
 *   <tr><td>{@code /components/requestBodies/X/content/M/schema}</td>
 *       <td>{@code /parameters/X/schema}</td></tr>
 *   <tr><td>{@code /components/responses/X/content/M/schema}</td>
 *       <td>{@code /responses/X/schema}</td></tr>
 *   <tr><td>{@code /components/securitySchemes/X}</td><td>{@code /securityDefinitions/X}</td></tr>
 *   <tr><td>{@code /paths/P[/M]/parameters/i[/schema]}</td>
 *       <td>the i-th parameter that is not {@code body} or {@code formData}</td></tr>
 *   <tr><td>{@code /paths/P/M/requestBody/content/T/schema}</td>
 *       <td>the {@code body} parameter's {@code schema}</td></tr>
 *   <tr><td>{@code .../requestBody/content/T/schema/properties/F}</td>
 *       <td>the {@code formData} parameter {@code F}</td></tr>
 *   <tr><td>{@code /paths/P/M/responses/S/content/T/schema}</td>
 *       <td>{@code /paths/P/M/responses/S/schema}</td></tr>
 *   <tr><td>{@code /servers}</td><td>{@code /host}</td></tr>
 * </table>
 *
 * <p>Anything else keeps its pointer. When the mapped pointer does not exist in the 2.0 document,
 * the longest prefix that does is given, marked as not exact.
 */
final class SwaggerPointers {
  private final JsonNode swagger;

  /**
   * A mapped pointer.
   *
   * @param pointer the pointer into the Swagger 2.0 document
   * @param exact whether it names the very place, rather than the nearest one that exists
   */
  record Mapped(String pointer, boolean exact) {}

  SwaggerPointers(JsonNode swagger) {
    this.swagger = swagger;
  }

  Mapped toSource(String pointer) {
    List<String> tokens = tokens(pointer);
    List<String> mapped = map(tokens);
    int exists = existing(mapped);
    boolean exact = exists == mapped.size();
    return new Mapped(join(mapped.subList(0, exists)), exact);
  }

  private List<String> map(List<String> t) {
    if (t.size() >= 3 && t.get(0).equals("components")) {
      String kind = t.get(1);
      String name = t.get(2);
      List<String> rest = t.subList(3, t.size());
      switch (kind) {
        case "schemas":
          return concat(List.of("definitions", name), rest);
        case "parameters":
          return concat(List.of("parameters", name), dropSchema(rest));
        case "requestBodies":
          return concat(List.of("parameters", name), afterContent(rest, true));
        case "responses":
          return concat(List.of("responses", name), afterContent(rest, true));
        case "securitySchemes":
          return concat(List.of("securityDefinitions", name), rest);
        default:
          return t;
      }
    }
    if (!t.isEmpty() && t.get(0).equals("servers")) {
      return List.of("host");
    }
    if (t.size() >= 2 && t.get(0).equals("paths")) {
      return path(t);
    }
    return t;
  }

  /** Inside {@code /paths/P}: path-level parameters, or an operation's parts. */
  private List<String> path(List<String> t) {
    List<String> base = t.subList(0, 2);
    if (t.size() >= 4 && t.get(2).equals("parameters")) {
      return parameter(base, t.get(3), t.subList(4, t.size()));
    }
    if (t.size() < 4) {
      return t;
    }
    List<String> operation = t.subList(0, 3);
    String part = t.get(3);
    List<String> rest = t.subList(4, t.size());
    if (part.equals("parameters") && !rest.isEmpty()) {
      return parameter(operation, rest.get(0), rest.subList(1, rest.size()));
    }
    if (part.equals("requestBody")) {
      return requestBody(operation, rest);
    }
    if (part.equals("responses") && !rest.isEmpty()) {
      return concat(
          concat(operation, List.of("responses", rest.get(0))),
          afterContent(rest.subList(1, rest.size()), true));
    }
    return t;
  }

  /** The i-th converted parameter is the i-th original one that is not body or formData. */
  private List<String> parameter(List<String> owner, String index, List<String> rest) {
    JsonNode parameters = at(concat(owner, List.of("parameters")));
    int wanted;
    try {
      wanted = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return concat(owner, List.of("parameters", index));
    }
    int seen = -1;
    for (int i = 0; i < parameters.size(); i++) {
      String in = parameters.get(i).path("in").asText();
      if (!in.equals("body") && !in.equals("formData") && ++seen == wanted) {
        return concat(owner, List.of("parameters", String.valueOf(i)), dropSchema(rest));
      }
    }
    return concat(owner, List.of("parameters"));
  }

  /** The body parameter, or for a form the formData parameter of the property named. */
  private List<String> requestBody(List<String> operation, List<String> rest) {
    JsonNode parameters = at(concat(operation, List.of("parameters")));
    List<String> inside = afterContent(rest, false);
    for (int i = 0; i < parameters.size(); i++) {
      JsonNode parameter = parameters.get(i);
      String in = parameter.path("in").asText();
      List<String> at = concat(operation, List.of("parameters", String.valueOf(i)));
      if (in.equals("body")) {
        return inside.isEmpty() ? at : concat(at, concat(List.of("schema"), inside));
      }
      if (in.equals("formData")
          && inside.size() >= 2
          && inside.get(0).equals("properties")
          && parameter.path("name").asText().equals(inside.get(1))) {
        return concat(at, inside.subList(2, inside.size()));
      }
    }
    return concat(operation, List.of("parameters"));
  }

  /**
   * What follows {@code content/<media type>/schema}: with {@code keepSchema} the 2.0 place's own
   * {@code schema} and the rest, else only the rest.
   */
  private static List<String> afterContent(List<String> rest, boolean keepSchema) {
    if (rest.size() >= 3 && rest.get(0).equals("content") && rest.get(2).equals("schema")) {
      List<String> after = rest.subList(3, rest.size());
      return keepSchema ? concat(List.of("schema"), after) : after;
    }
    if (rest.size() >= 1 && rest.get(0).equals("content")) {
      return List.of();
    }
    return rest;
  }

  /** A 2.0 non-body parameter has its type inline, not under {@code schema}. */
  private static List<String> dropSchema(List<String> rest) {
    return !rest.isEmpty() && rest.get(0).equals("schema") ? rest.subList(1, rest.size()) : rest;
  }

  private int existing(List<String> tokens) {
    JsonNode node = swagger;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      JsonNode next = node.isArray() ? arrayItem(node, token) : node.get(token);
      if (next == null || next.isMissingNode()) {
        return i;
      }
      node = next;
    }
    return tokens.size();
  }

  private static JsonNode arrayItem(JsonNode array, String token) {
    try {
      return array.get(Integer.parseInt(token));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private JsonNode at(List<String> tokens) {
    JsonNode node = swagger;
    for (String token : tokens) {
      JsonNode next = node.isArray() ? arrayItem(node, token) : node.get(token);
      if (next == null) {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
      }
      node = next;
    }
    return node;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return concat(concat(a, b), c);
  }

  static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  static String join(List<String> tokens) {
    StringBuilder pointer = new StringBuilder();
    for (String token : tokens) {
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
