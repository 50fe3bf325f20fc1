package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Follows {@code $ref}s to parameters, bodies, responses, headers and path items: to a component,
 * or to any other place in the document, deserialised on demand, with a guard against cycles.
 */
final class RefFollower {
  private final OpenAPI api;
  private final JsonNode root;
  private final boolean openapi31;
  private final Diagnostics diagnostics;

  RefFollower(OpenAPI api, JsonNode root, boolean openapi31, Diagnostics diagnostics) {
    this.api = api;
    this.root = root;
    this.openapi31 = openapi31;
    this.diagnostics = diagnostics;
  }

  /** Follows a {@code $ref} to a parameter. */
  @Nullable Resolved<io.swagger.v3.oas.models.parameters.Parameter> parameter(
      String ref, String site) {
    return follow(
        ref,
        site,
        (node, at) -> deserializer().getParameter(object(node), at, parseResult()),
        name -> components() == null ? null : get(components().getParameters(), name),
        "parameters");
  }

  /** Follows a {@code $ref} to a request body. */
  @Nullable Resolved<io.swagger.v3.oas.models.parameters.RequestBody> requestBody(
      String ref, String site) {
    return follow(
        ref,
        site,
        (node, at) -> deserializer().getRequestBody(object(node), at, parseResult()),
        name -> components() == null ? null : get(components().getRequestBodies(), name),
        "requestBodies");
  }

  /** Follows a {@code $ref} to a response. */
  @Nullable Resolved<io.swagger.v3.oas.models.responses.ApiResponse> response(
      String ref, String site) {
    return follow(
        ref,
        site,
        (node, at) -> deserializer().getResponse(object(node), at, parseResult()),
        name -> components() == null ? null : get(components().getResponses(), name),
        "responses");
  }

  /** Follows a {@code $ref} to a header. */
  @Nullable Resolved<io.swagger.v3.oas.models.headers.Header> header(String ref, String site) {
    return follow(
        ref,
        site,
        (node, at) -> deserializer().getHeader(object(node), at, parseResult()),
        name -> components() == null ? null : get(components().getHeaders(), name),
        "headers");
  }

  /** Follows a {@code $ref} to a path item. */
  @Nullable Resolved<io.swagger.v3.oas.models.PathItem> pathItem(String ref, String site) {
    return follow(
        ref,
        site,
        (node, at) -> deserializer().getPathItem(object(node), at, parseResult()),
        name -> components() == null ? null : get(components().getPathItems(), name),
        "pathItems");
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode object(JsonNode node) {
    return (com.fasterxml.jackson.databind.node.ObjectNode) node;
  }

  private static <T> @Nullable T get(java.util.@Nullable Map<String, T> map, String name) {
    return map == null ? null : map.get(name);
  }

  /** A followed reference: the object, its raw node and its pointer. */
  record Resolved<T>(T value, JsonNode raw, String pointer) {}

  /**
   * Follows a {@code $ref} to a component of {@code kind}, or to any other place in the document
   * (deserialized on demand). Chains of references are followed with a guard against cycles.
   */
  private <T> @Nullable Resolved<T> follow(
      String ref,
      String site,
      BiFunction<JsonNode, String, @Nullable T> deserialize,
      Function<String, @Nullable T> component,
      String kind) {
    Set<String> seen = new HashSet<>();
    String current = ref;
    String from = site;
    while (true) {
      if (!current.startsWith("#/")) {
        diagnostics.report(
            Code.REF_UNRESOLVED,
            from + "/$ref",
            "$ref \"" + current + "\" was not resolved into the document");
        return null;
      }
      String pointer = Pointers.decodeLeniently(current.substring(1));
      if (!seen.add(pointer)) {
        diagnostics.report(
            Code.REF_CYCLE,
            site + "/$ref",
            "$ref \"" + ref + "\" starts a chain of references that never reaches a definition");
        return null;
      }
      JsonNode raw = root.at(pointer);
      if (raw.isMissingNode() || !raw.isObject()) {
        diagnostics.report(
            Code.REF_UNRESOLVED, from + "/$ref", "$ref \"" + current + "\" points to nothing");
        return null;
      }
      JsonNode next = raw.get("$ref");
      if (next != null && next.isTextual()) {
        current = next.asText();
        from = pointer;
        continue;
      }
      String prefix = "/components/" + kind + "/";
      T value = null;
      if (pointer.startsWith(prefix) && pointer.indexOf('/', prefix.length()) < 0) {
        value = component.apply(Pointers.unescape(pointer.substring(prefix.length())));
      }
      if (value == null) {
        value = deserialize.apply(raw, pointer);
      }
      if (value == null) {
        diagnostics.report(
            Code.REF_UNRESOLVED,
            from + "/$ref",
            "$ref \"" + current + "\" does not point to a " + kind + " object");
        return null;
      }
      return new Resolved<>(value, raw, pointer);
    }
  }

  private @Nullable Components components() {
    return api.getComponents();
  }

  private static OpenAPIDeserializer deserializer() {
    return new OpenAPIDeserializer();
  }

  private OpenAPIDeserializer.ParseResult parseResult() {
    OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult();
    result.openapi31(openapi31);
    return result;
  }
}
