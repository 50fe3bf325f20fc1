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

  /** A followed reference: the object, its raw node and its pointer. */
  record Resolved<T>(T value, JsonNode raw, String pointer) {}

  /**
   * Follows a {@code $ref} to a component of {@code kind}, or to any other place in the document
   * (deserialized on demand). Chains of references are followed with a guard against cycles.
   */
  <T> @Nullable Resolved<T> follow(
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

  @Nullable Components components() {
    return api.getComponents();
  }

  static OpenAPIDeserializer deserializer() {
    return new OpenAPIDeserializer();
  }

  OpenAPIDeserializer.ParseResult parseResult() {
    OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult();
    result.openapi31(openapi31);
    return result;
  }
}
