package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Applies OpenAPI Overlays (Overlay Specification 1.0, and 1.1's {@code copy}) to a document
 * before anything else reads it, in the order given: each action's {@code target} is a JSONPath
 * (Jayway JsonPath) over the document as the earlier actions left it; {@code update} is merged
 * into every node it selects (objects property by property, recursively; arrays get the items
 * appended), {@code remove: true} deletes them, {@code copy} merges the value another JSONPath
 * selects. A target that selects nothing is an {@code RG046} warning at the action; an overlay
 * that is not one is an {@code RG045} error.
 */
final class Overlays {
  private static final Pattern STEP = Pattern.compile("\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");

  private static final Configuration PATHS =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider())
          .mappingProvider(new JacksonMappingProvider())
          .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST)
          .build();

  private static final Configuration VALUES =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider())
          .mappingProvider(new JacksonMappingProvider())
          .options(Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST)
          .build();

  private Overlays() {}

  /**
   * The document with every overlay applied, or {@code null} when an overlay is invalid.
   *
   * @param document the document, changed in place
   * @param overlays the overlay documents, read and in order
   */
  static @Nullable JsonNode apply(JsonNode document, List<Read> overlays, Diagnostics diagnostics) {
    for (Read overlay : overlays) {
      if (!applyOne(document, overlay, diagnostics)) {
        return null;
      }
    }
    return document;
  }

  /**
   * An overlay document as read.
   *
   * @param name its file name, for messages
   * @param tree its content
   */
  record Read(String name, JsonNode tree) {}

  private static boolean applyOne(JsonNode document, Read overlay, Diagnostics diagnostics) {
    JsonNode tree = overlay.tree();
    String version = tree.path("overlay").asText("");
    if (!version.startsWith("1.")) {
      diagnostics.report(
          Code.OVERLAY_INVALID,
          "/overlay",
          "overlay "
              + overlay.name()
              + ": \"overlay\" must be a 1.x version, not \""
              + version
              + "\"");
      return false;
    }
    JsonNode actions = tree.get("actions");
    if (actions == null || !actions.isArray()) {
      diagnostics.report(
          Code.OVERLAY_INVALID, "/actions", "overlay " + overlay.name() + " has no actions list");
      return false;
    }
    for (int i = 0; i < actions.size(); i++) {
      JsonNode action = actions.get(i);
      String at = "/actions/" + i;
      JsonNode target = action.get("target");
      if (target == null || !target.isTextual()) {
        diagnostics.report(
            Code.OVERLAY_INVALID,
            at + "/target",
            "overlay " + overlay.name() + ": an action needs a JSONPath target");
        return false;
      }
      List<List<Object>> matches;
      try {
        matches = select(document, target.asText());
      } catch (InvalidPathException e) {
        diagnostics.report(
            Code.OVERLAY_INVALID,
            at + "/target",
            "overlay "
                + overlay.name()
                + ": "
                + target.asText()
                + " is not a JSONPath ("
                + e.getMessage()
                + ")");
        return false;
      }
      if (matches.isEmpty()) {
        diagnostics.report(
            Code.OVERLAY_UNMATCHED,
            at + "/target",
            "overlay "
                + overlay.name()
                + ": target "
                + target.asText()
                + " matches nothing in the document; the action changes nothing");
        continue;
      }
      if (action.path("remove").asBoolean(false)) {
        // Deepest and last first, so that removing one does not move another.
        for (int m = matches.size() - 1; m >= 0; m--) {
          remove(document, matches.get(m));
        }
        continue;
      }
      JsonNode update = action.get("update");
      if (action.has("copy")) {
        List<JsonNode> copied = values(document, action.path("copy").asText());
        if (copied.size() != 1) {
          diagnostics.report(
              Code.OVERLAY_INVALID,
              at + "/copy",
              "overlay "
                  + overlay.name()
                  + ": copy must select exactly one node, not "
                  + copied.size());
          return false;
        }
        update = copied.get(0).deepCopy();
      }
      if (update == null) {
        continue;
      }
      for (List<Object> match : matches) {
        JsonNode node = node(document, match);
        if (node instanceof ObjectNode object && update.isObject()) {
          merge(object, update);
        } else if (node instanceof ArrayNode array) {
          if (update.isArray()) {
            update.forEach(item -> array.add(item.deepCopy()));
          } else {
            array.add(update.deepCopy());
          }
        } else {
          replace(document, match, update.deepCopy());
        }
      }
    }
    return true;
  }

  /** The selected nodes, each as its path of property names and array indexes. */
  private static List<List<Object>> select(JsonNode document, String path) {
    Object found = JsonPath.using(PATHS).parse(document).read(path);
    List<List<Object>> paths = new ArrayList<>();
    if (found instanceof Iterable<?> list) {
      for (Object item : list) {
        String text = item instanceof JsonNode json ? json.asText() : String.valueOf(item);
        paths.add(steps(text));
      }
    }
    return paths;
  }

  private static List<JsonNode> values(JsonNode document, String path) {
    List<JsonNode> values = new ArrayList<>();
    for (List<Object> steps : select(document, path)) {
      JsonNode node = node(document, steps);
      if (node != null) {
        values.add(node);
      }
    }
    return values;
  }

  /** {@code $['paths']['/pets'][0]} as its steps. */
  static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher matcher = STEP.matcher(path);
    while (matcher.find()) {
      if (matcher.group(1) != null) {
        steps.add(matcher.group(1).replaceAll("\\\\(.)", "$1"));
      } else {
        steps.add(Integer.parseInt(matcher.group(2)));
      }
    }
    return steps;
  }

  private static @Nullable JsonNode node(JsonNode document, List<Object> steps) {
    JsonNode node = document;
    for (Object step : steps) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private static void remove(JsonNode document, List<Object> steps) {
    if (steps.isEmpty()) {
      return;
    }
    JsonNode parent = node(document, steps.subList(0, steps.size() - 1));
    Object last = steps.get(steps.size() - 1);
    if (parent instanceof ObjectNode object && last instanceof String name) {
      object.remove(name);
    } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
      array.remove(index);
    }
  }

  private static void replace(JsonNode document, List<Object> steps, JsonNode value) {
    if (steps.isEmpty()) {
      return;
    }
    JsonNode parent = node(document, steps.subList(0, steps.size() - 1));
    Object last = steps.get(steps.size() - 1);
    if (parent instanceof ObjectNode object && last instanceof String name) {
      object.set(name, value);
    } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
      array.set(index, value);
    }
  }

  /** Merges {@code update} into {@code target}: objects recursively, anything else replaced. */
  private static void merge(ObjectNode target, JsonNode update) {
    Iterator<String> names = update.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      JsonNode value = update.get(name);
      JsonNode existing = target.get(name);
      if (existing instanceof ObjectNode object && value.isObject()) {
        merge(object, value);
      } else if (existing instanceof ArrayNode array && value.isArray()) {
        value.forEach(item -> array.add(item.deepCopy()));
      } else {
        target.set(name, value.deepCopy());
      }
    }
  }
}
