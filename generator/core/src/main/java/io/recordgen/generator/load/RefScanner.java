package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks every {@code $ref} of the tree before anything follows one: local references must be
 * well-formed JSON pointers to something that exists and must not only point at each other;
 * references that leave the document are refused unless a prefix of the allowlist admits them.
 * Nothing here performs I/O.
 *
 * <p>Values are data, not references: a {@code "$ref"} key inside an {@code example}, {@code
 * default}, {@code enum}, {@code const}, an example's {@code value} or an {@code x-} extension is
 * ignored. Keys of name maps ({@code properties}, {@code schemas}, {@code paths}...) are names,
 * not keywords, so a property called {@code example} is still searched.
 */
final class RefScanner {
  /** Keys whose values are maps from names to objects. */
  private static final Set<String> NAME_MAPS =
      Set.of(
          "properties", "patternProperties", "schemas", "parameters", "responses", "paths",
          "headers", "content", "callbacks", "links", "securitySchemes", "requestBodies",
          "pathItems", "webhooks", "$defs", "definitions", "dependentSchemas", "encoding",
          "variables", "mapping", "scopes");

  /** Keys whose values are data. */
  private static final Set<String> DATA = Set.of("example", "default", "enum", "const", "value");

  private final JsonNode root;
  private final LoadOptions options;
  private final Diagnostics diagnostics;
  private final List<String> allowedExternal = new ArrayList<>();

  RefScanner(JsonNode root, LoadOptions options, Diagnostics diagnostics) {
    this.root = root;
    this.options = options;
    this.diagnostics = diagnostics;
  }

  /** Sites (pointers of the {@code $ref}) of external references the allowlist admitted. */
  List<String> allowedExternal() {
    return allowedExternal;
  }

  /** Scans the whole tree; problems go to the diagnostics. */
  void scan() {
    record Item(JsonNode node, String pointer, boolean nameMap) {}
    Deque<Item> stack = new ArrayDeque<>();
    stack.push(new Item(root, "", false));
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      JsonNode node = item.node();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(new Item(node.get(i), Pointers.child(item.pointer(), i), false));
        }
        continue;
      }
      if (!node.isObject()) {
        continue;
      }
      if (!item.nameMap() && node.has("$ref")) {
        check(node.get("$ref"), Pointers.child(item.pointer(), "$ref"));
      }
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.size());
      node.properties().forEach(fields::add);
      for (int i = fields.size() - 1; i >= 0; i--) {
        String key = fields.get(i).getKey();
        JsonNode value = fields.get(i).getValue();
        if (!item.nameMap()) {
          if (key.equals("$ref") || DATA.contains(key) || key.startsWith("x-")) {
            continue;
          }
          if (key.equals("examples") && value.isArray()) {
            continue; // 3.1 schema examples: a list of values
          }
        }
        boolean childIsNameMap =
            !item.nameMap() && (NAME_MAPS.contains(key) || key.equals("examples"));
        stack.push(new Item(value, Pointers.child(item.pointer(), key), childIsNameMap));
      }
    }
  }

  private void check(JsonNode ref, String site) {
    if (!ref.isTextual()) {
      diagnostics.report(Code.REF_MALFORMED, site, "$ref must be a string");
      return;
    }
    String text = ref.asText();
    if (text.isBlank() || text.chars().anyMatch(c -> c < 0x20 || c == ' ' || c == 0x7f)) {
      diagnostics.report(Code.REF_MALFORMED, site, "$ref \"" + text + "\" is not a URI "
          + "reference: it is empty or holds spaces or control characters");
      return;
    }
    if (!text.startsWith("#")) {
      for (String prefix : options.externalRefAllowlist()) {
        if (text.startsWith(prefix)) {
          allowedExternal.add(site);
          return;
        }
      }
      diagnostics.report(
          Code.REF_EXTERNAL,
          site,
          "$ref \"" + text + "\" leaves the document; external references are refused unless "
              + "their prefix is on the allowlist (option externalRefAllowlist)");
      return;
    }
    String pointer = Pointers.decodeFragment(text.substring(1));
    if (pointer == null || !isPointer(pointer)) {
      diagnostics.report(
          Code.REF_MALFORMED, site, "$ref \"" + text + "\" is not a JSON pointer such as "
              + "#/components/schemas/Name");
      return;
    }
    if (pointer.isEmpty()) {
      diagnostics.report(Code.REF_MALFORMED, site, "$ref \"#\" points at the whole document");
      return;
    }
    JsonNode target = root.at(pointer);
    if (target.isMissingNode()) {
      diagnostics.report(Code.REF_UNRESOLVED, site, "$ref \"" + text + "\" points to nothing");
      return;
    }
    followChain(pointer, text, site);
  }

  /** Reports a chain of references that only leads back to itself. */
  private void followChain(String start, String text, String site) {
    Set<String> seen = new HashSet<>();
    String pointer = start;
    while (seen.add(pointer)) {
      JsonNode target = root.at(pointer);
      JsonNode next = target.isObject() ? target.get("$ref") : null;
      if (next == null || !next.isTextual() || !next.asText().startsWith("#")) {
        return;
      }
      String decoded = Pointers.decodeFragment(next.asText().substring(1));
      if (decoded == null || !isPointer(decoded) || root.at(decoded).isMissingNode()) {
        return; // reported at its own site
      }
      pointer = decoded;
    }
    diagnostics.report(
        Code.REF_CYCLE, site, "$ref \"" + text + "\" starts a chain of references that never "
            + "reaches a definition");
  }



  private static boolean isPointer(String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    if (pointer.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~') {
        if (i + 1 >= pointer.length() || (pointer.charAt(i + 1) != '0'
            && pointer.charAt(i + 1) != '1')) {
          return false;
        }
      }
    }
    return true;
  }
}
