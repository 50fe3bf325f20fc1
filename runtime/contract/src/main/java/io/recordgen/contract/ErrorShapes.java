package io.recordgen.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Errors the stub itself sends (an invalid request, missing credentials) in the shape the spec
 * declares for that status: the operation's response for the status, its {@code 4XX}, its
 * {@code default}, or else any client error it documents. The body is synthesized from that
 * schema, and the stub's code and message go into the fields that look like them ({@code code},
 * {@code error_code}; {@code message}, {@code error_msg}, {@code detail}, ...), at the top or one
 * object down (as in {@code {"error": {"message": ...}}}). A spec that declares no error body
 * gets {@code {"error_code": ..., "error_msg": ...}}.
 *
 * <p>A template, when one is given, shapes every error the stub sends itself instead: a JSON
 * value in which {@code {{status}}}, {@code {{code}}} and {@code {{message}}} inside strings are
 * replaced (a string that is exactly {@code "{{status}}"} becomes the number).
 */
final class ErrorShapes {
  private static final Pattern CODE = Pattern.compile("(?i)(error_?)?code|errorcode|type|reason");
  private static final Pattern MESSAGE =
      Pattern.compile(
          "(?i)(error_?)?(message|msg)|detail|details|error_description|description|title|error");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(status|code|message)}}");

  private final OpenAPI api;
  private final long seed;
  private final @Nullable JsonNode template;

  ErrorShapes(OpenAPI api, long seed, @Nullable JsonNode template) {
    this.api = api;
    this.seed = seed;
    this.template = template;
  }

  /**
   * A template as given by a user: JSON text.
   *
   * @throws IllegalArgumentException when it is not JSON, naming where it stops being JSON
   */
  static JsonNode template(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("the error template is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the error template is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** An error the stub sends where no operation's shape applies (an unknown route, say). */
  StubResponse stub(int status, String code, String message) {
    return template != null
        ? StubResponse.json(status, fill(template, status, code, message).toString())
        : StubServer.error(status, code, message);
  }

  /** The error for {@code status} of {@code operation} (which may be unknown). */
  StubResponse error(@Nullable Operation operation, int status, String code, String message) {
    if (template != null) {
      return stub(status, code, message);
    }
    Schema<?> schema = operation == null ? null : schema(operation, status);
    if (schema == null) {
      return StubServer.error(status, code, message);
    }
    JsonNode body = new Synthesizer(api, seed).value(schema);
    if (!body.isObject() || !fill((ObjectNode) body, code, message, 0)) {
      return StubServer.error(status, code, message);
    }
    return StubResponse.json(status, body.toString());
  }

  /** The template with its placeholders replaced, strings all the way down. */
  private static JsonNode fill(JsonNode node, int status, String code, String message) {
    if (node.isTextual()) {
      if (node.textValue().equals("{{status}}")) {
        return IntNode.valueOf(status);
      }
      Matcher matcher = PLACEHOLDER.matcher(node.textValue());
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        String value =
            switch (matcher.group(1)) {
              case "status" -> Integer.toString(status);
              case "code" -> code;
              default -> message;
            };
        matcher.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      matcher.appendTail(out);
      return TextNode.valueOf(out.toString());
    }
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      node.properties()
          .forEach(e -> copy.set(e.getKey(), fill(e.getValue(), status, code, message)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(fill(item, status, code, message)));
      return copy;
    }
    return node;
  }

  private static @Nullable Schema<?> schema(Operation operation, int status) {
    if (operation.getResponses() == null) {
      return null;
    }
    String exact = Integer.toString(status);
    String range = exact.charAt(0) + "XX";
    for (String key : new String[] {exact, range, "default"}) {
      Schema<?> schema = json(operation.getResponses().get(key));
      if (schema != null) {
        return schema;
      }
    }
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      if (entry.getKey().startsWith("4")) {
        Schema<?> schema = json(entry.getValue());
        if (schema != null) {
          return schema;
        }
      }
    }
    return null;
  }

  private static @Nullable Schema<?> json(@Nullable ApiResponse response) {
    if (response == null || response.getContent() == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> media : response.getContent().entrySet()) {
      if (media.getKey().contains("json") && media.getValue().getSchema() != null) {
        return media.getValue().getSchema();
      }
    }
    return null;
  }

  /** Puts the message (and the code, where there is a field for it); whether it found one. */
  private static boolean fill(ObjectNode body, String code, String message, int depth) {
    String messageField = null;
    String codeField = null;
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (!field.getValue().isTextual()) {
        continue;
      }
      if (messageField == null && MESSAGE.matcher(field.getKey()).matches()) {
        messageField = field.getKey();
      } else if (codeField == null && CODE.matcher(field.getKey()).matches()) {
        codeField = field.getKey();
      }
    }
    if (messageField != null) {
      body.put(messageField, message);
      if (codeField != null) {
        body.put(codeField, code);
      }
      return true;
    }
    if (depth == 0) {
      for (JsonNode nested : body) {
        if (nested.isObject() && fill((ObjectNode) nested, code, message, 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
