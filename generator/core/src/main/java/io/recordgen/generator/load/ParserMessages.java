package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns Swagger Parser's messages into located diagnostics.
 *
 * <p>Swagger Parser returns a model next to its messages even when the document is broken, so
 * each message is classified: a missing required attribute or a value of the wrong type means a
 * broken document (error); an unexpected, unsupported, repeated or reserved attribute is a
 * remark (warning) — OpenAPI 3.1 allows extensions of any prefix, and duplicate operationIds and
 * tags are resolved deterministically later. Its dotted locations ({@code
 * paths.'/pets'(get).responses}) are mapped back onto the tree to give a JSON pointer.
 */
final class ParserMessages {
  private ParserMessages() {}

  static void report(
      List<String> messages, JsonNode root, boolean openapi31, Diagnostics diagnostics) {
    for (String message : messages) {
      if (message == null
          || message.isBlank()
          || openapi31 && allowedIn31(message)
          || reportedByRecordgen(message)) {
        continue;
      }
      Code code = classify(message);
      String location = location(message);
      String pointer =
          location == null
              ? namedPointer(message)
              : pointer(location.replaceFirst("=`.*$", ""), root);
      String fallback = code == Code.SPEC_INVALID ? fallback(message, location) : null;
      if (fallback != null) {
        diagnostics.defect(code, refine(pointer, message, root), message, fallback);
      } else {
        diagnostics.report(code, pointer, message);
      }
    }
  }

  /**
   * Swagger Parser checks 3.1 documents against 3.0's required fields: an operation without
   * {@code responses} and a document without {@code paths} are valid 3.1.
   */
  private static boolean allowedIn31(String message) {
    return message.equals("attribute paths is missing")
        || message.startsWith("attribute paths.") && message.endsWith(".responses is missing");
  }

  /** Repeated operationIds and tags, which Recordgen reports itself with their resolution. */
  private static boolean reportedByRecordgen(String message) {
    return message.endsWith(" is repeated")
        && (message.startsWith("attribute tags.") || message.contains(".operationId is repeated"));
  }

  /**
   * The safe reading of a defect that published specs commonly have, or {@code null} when the
   * message is not one of them. Each reading is one the rest of loading takes by itself: an
   * array without {@code items} is already an array of any JSON value, a {@code default} or
   * {@code example} that does not fit is dropped by {@link SchemaValues}, and a missing {@code
   * info.version} is empty.
   */
  static @Nullable String fallback(String message, @Nullable String location) {
    if (location == null) {
      return null;
    }
    if (message.endsWith(" is missing")) {
      if (location.endsWith(".items") || location.equals("items")) {
        return "read as an array whose items may be any JSON value";
      }
      if (location.equals("info.version")) {
        return "read as an empty version";
      }
      if (location.equals("info.title")) {
        return "read as an empty title";
      }
      return null;
    }
    if (message.contains(" is not of type `")
        && (location.endsWith(".default") || location.contains(".default="))) {
      return "the default is dropped";
    }
    return null;
  }

  /**
   * Swagger Parser names the component schema of a defect, not the place inside it: {@code
   * components.schemas.Thing.items is missing} for a property {@code tags} of {@code Thing}. The
   * first place inside that matches the message is the defect's own: an array without {@code
   * items}, or a {@code default} with the value quoted.
   */
  private static String refine(String pointer, String message, JsonNode root) {
    String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    JsonNode scope;
    try {
      scope = root.at(parent);
    } catch (IllegalArgumentException notAPointer) {
      return pointer;
    }
    if (scope.isMissingNode()) {
      return pointer;
    }
    String found;
    if (message.endsWith(".items is missing")) {
      found =
          find(
              scope,
              parent,
              node -> node.path("type").asText().equals("array") && !node.has("items"),
              "");
    } else {
      java.util.regex.Matcher quoted =
          java.util.regex.Pattern.compile("\\.default=`(.*)` is not of type").matcher(message);
      if (!quoted.find()) {
        return pointer;
      }
      String value = quoted.group(1);
      found =
          find(
              scope,
              parent,
              node ->
                  node.path("default").asText().equals(value) && node.path("default").isValueNode(),
              "/default");
    }
    return found == null ? pointer : found;
  }

  /** The pointer of the first node under {@code node} that {@code matches}, depth first. */
  private static @Nullable String find(
      JsonNode node, String at, java.util.function.Predicate<JsonNode> matches, String suffix) {
    if (node.isObject() && matches.test(node)) {
      return at + suffix;
    }
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        String found = find(node.get(name), at + "/" + Pointers.escape(name), matches, suffix);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = find(node.get(i), at + "/" + i, matches, suffix);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  static Code classify(String message) {
    if (message.endsWith(" is missing")) {
      return Code.SPEC_INVALID;
    }
    if (message.contains(" is not of type `")) {
      return typeMismatchMatters(message) ? Code.SPEC_INVALID : Code.SPEC_REMARK;
    }
    return Code.SPEC_REMARK;
  }

  /**
   * A value of the wrong type breaks generation only in structural places; a number where the
   * document's version string or a description should be is a remark.
   */
  private static boolean typeMismatchMatters(String message) {
    String location = location(message);
    if (location == null) {
      return true;
    }
    return !(location.startsWith("info")
        || location.startsWith("externalDocs")
        || location.startsWith("servers")
        || location.startsWith("tags")
        || location.endsWith(".description")
        || location.endsWith(".summary")
        || location.endsWith(".example")
        || location.endsWith(".title"));
  }

  /**
   * The pointer of a message about a component's name ({@code components.schemas.Schema name a/b
   * doesn't adhere ...}), or the document.
   */
  private static String namedPointer(String message) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("^components\\.(\\w+)\\.\\w+ name (.*) doesn't adhere to")
            .matcher(message);
    return matcher.find()
        ? "/components/" + matcher.group(1) + "/" + Pointers.escape(matcher.group(2))
        : "";
  }

  /** The dotted location of an {@code attribute ... is ...} message. */
  static @Nullable String location(String message) {
    if (!message.startsWith("attribute ")) {
      return null;
    }
    String rest = message.substring("attribute ".length());
    for (String end :
        new String[] {
          " is missing",
          " is not of type",
          " is unexpected",
          " is unsupported",
          " is repeated",
          " is reserved"
        }) {
      int at = rest.indexOf(end);
      if (at >= 0) {
        return rest.substring(0, at);
      }
    }
    return null;
  }

  /** Best-effort JSON pointer of a dotted location, matching keys against the tree. */
  static String pointer(String location, JsonNode root) {
    StringBuilder pointer = new StringBuilder();
    JsonNode node = root;
    int i = 0;
    while (i < location.length() && node != null) {
      char c = location.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      String key;
      if (c == '\'') {
        int end = location.indexOf('\'', i + 1);
        if (end < 0) {
          break;
        }
        key = location.substring(i + 1, end);
        i = end + 1;
      } else if (c == '(') {
        int end = location.indexOf(')', i + 1);
        if (end < 0) {
          break;
        }
        key = location.substring(i + 1, end);
        i = end + 1;
      } else {
        key = longestKey(node, location, i);
        i += key.length();
      }
      pointer.append('/').append(Pointers.escape(key));
      node = node.isObject() ? node.get(key) : null;
    }
    return pointer.toString();
  }

  private static String longestKey(JsonNode node, String location, int start) {
    String best = null;
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (location.startsWith(name, start)) {
          int after = start + name.length();
          boolean boundary =
              after == location.length()
                  || location.charAt(after) == '.'
                  || location.charAt(after) == '('
                  || location.charAt(after) == '\'';
          if (boundary && (best == null || name.length() > best.length())) {
            best = name;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    int dot = location.indexOf('.', start);
    return dot < 0 ? location.substring(start) : location.substring(start, dot);
  }
}
