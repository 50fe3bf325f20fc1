package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
          "properties",
          "patternProperties",
          "schemas",
          "parameters",
          "responses",
          "paths",
          "headers",
          "content",
          "callbacks",
          "links",
          "securitySchemes",
          "requestBodies",
          "pathItems",
          "webhooks",
          "$defs",
          "definitions",
          "dependentSchemas",
          "encoding",
          "variables",
          "mapping",
          "scopes");

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

  /**
   * Where the walk is: the node and how it was reached. The pointer is only spelled out where a
   * {@code $ref} sits, since building one string per node of a large spec costs more than the
   * whole check.
   */
  private record Item(
      JsonNode node, @Nullable Item parent, @Nullable String key, int index, boolean nameMap) {
    String pointer() {
      Deque<Item> path = new ArrayDeque<>();
      for (Item at = this; at.parent() != null; at = at.parent()) {
        path.push(at);
      }
      StringBuilder pointer = new StringBuilder();
      for (Item at : path) {
        pointer
            .append('/')
            .append(at.key() == null ? Integer.toString(at.index()) : Pointers.escape(at.key()));
      }
      return pointer.toString();
    }
  }

  /** What a local reference leads to; one verdict per distinct text, whatever its sites. */
  private enum Verdict {
    RESOLVES,
    MALFORMED,
    WHOLE_DOCUMENT,
    UNRESOLVED,
    CYCLE
  }

  private final Map<String, Verdict> verdicts = new HashMap<>();

  /** Scans the whole tree; problems go to the diagnostics. */
  void scan() {
    Deque<Item> stack = new ArrayDeque<>();
    stack.push(new Item(root, null, null, -1, false));
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      JsonNode node = item.node();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(new Item(node.get(i), item, null, i, false));
        }
        continue;
      }
      if (!node.isObject()) {
        continue;
      }
      if (!item.nameMap()) {
        JsonNode ref = node.get("$ref");
        if (ref != null) {
          check(ref, item);
        }
      }
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.size());
      node.properties().forEach(fields::add);
      for (int i = fields.size() - 1; i >= 0; i--) {
        String key = fields.get(i).getKey();
        JsonNode value = fields.get(i).getValue();
        if (!value.isContainerNode()) {
          continue; // nothing below a scalar to check
        }
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
        stack.push(new Item(value, item, key, -1, childIsNameMap));
      }
    }
  }

  private void check(JsonNode ref, Item holder) {
    if (!ref.isTextual()) {
      diagnostics.report(Code.REF_MALFORMED, site(holder), "$ref must be a string");
      return;
    }
    String text = ref.asText();
    if (text.isBlank() || text.chars().anyMatch(c -> c < 0x20 || c == ' ' || c == 0x7f)) {
      diagnostics.report(
          Code.REF_MALFORMED,
          site(holder),
          "$ref \""
              + text
              + "\" is not a URI "
              + "reference: it is empty or holds spaces or control characters");
      return;
    }
    if (!text.startsWith("#")) {
      for (String prefix : options.externalRefAllowlist()) {
        if (text.startsWith(prefix)) {
          allowedExternal.add(site(holder));
          return;
        }
      }
      diagnostics.report(
          Code.REF_EXTERNAL,
          site(holder),
          "$ref \""
              + text
              + "\" leaves the document; external references are refused unless "
              + "their prefix is on the allowlist (option externalRefAllowlist)");
      return;
    }
    switch (verdicts.computeIfAbsent(text, this::judge)) {
      case RESOLVES -> {}
      case MALFORMED ->
          diagnostics.report(
              Code.REF_MALFORMED,
              site(holder),
              "$ref \"" + text + "\" is not a JSON pointer such as #/components/schemas/Name");
      case WHOLE_DOCUMENT ->
          diagnostics.report(
              Code.REF_MALFORMED, site(holder), "$ref \"#\" points at the whole document");
      case UNRESOLVED ->
          diagnostics.report(
              Code.REF_UNRESOLVED, site(holder), "$ref \"" + text + "\" points to nothing");
      case CYCLE ->
          diagnostics.report(
              Code.REF_CYCLE,
              site(holder),
              "$ref \"" + text + "\" starts a chain of references that never reaches a definition");
    }
  }

  private static String site(Item holder) {
    return Pointers.child(holder.pointer(), "$ref");
  }

  /** The verdict on a local reference's text (starting with {@code #}). */
  private Verdict judge(String text) {
    String pointer = Pointers.decodeFragment(text.substring(1));
    if (pointer == null || !isPointer(pointer)) {
      return Verdict.MALFORMED;
    }
    if (pointer.isEmpty()) {
      return Verdict.WHOLE_DOCUMENT;
    }
    if (root.at(pointer).isMissingNode()) {
      return Verdict.UNRESOLVED;
    }
    return leadsToADefinition(pointer) ? Verdict.RESOLVES : Verdict.CYCLE;
  }

  /** False for a chain of references that only leads back to itself. */
  private boolean leadsToADefinition(String start) {
    Set<String> seen = new HashSet<>();
    String pointer = start;
    while (seen.add(pointer)) {
      JsonNode target = root.at(pointer);
      JsonNode next = target.isObject() ? target.get("$ref") : null;
      if (next == null || !next.isTextual() || !next.asText().startsWith("#")) {
        return true;
      }
      String decoded = Pointers.decodeFragment(next.asText().substring(1));
      if (decoded == null || !isPointer(decoded) || root.at(decoded).isMissingNode()) {
        return true; // reported at its own site
      }
      pointer = decoded;
    }
    return false;
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
        if (i + 1 >= pointer.length()
            || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
          return false;
        }
      }
    }
    return true;
  }
}
