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
      String pointer = location == null ? namedPointer(message) : pointer(location, root);
      diagnostics.report(code, pointer, message);
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
  private static @Nullable String location(String message) {
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
