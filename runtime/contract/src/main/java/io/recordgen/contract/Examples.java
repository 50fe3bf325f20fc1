package io.recordgen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The response bodies the stub serves: the spec's own example for a status when it has one,
 * otherwise a value built from the schema by {@link Synthesizer}.
 */
final class Examples {
  private static final ObjectMapper JSON = Json.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;

  private final OpenAPI api;

  private final long seed;

  /**
   * Examples of {@code api}; a response without one is synthesized from {@code seed}, the same
   * for every request.
   */
  Examples(OpenAPI api, long seed) {
    this.api = api;
    this.seed = seed;
  }

  /** The first documented success status of an operation, with its response. */
  static Map.@Nullable Entry<String, ApiResponse> success(Operation operation) {
    if (operation.getResponses() == null) {
      return null;
    }
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      if (entry.getKey().startsWith("2")) {
        return entry;
      }
    }
    return null;
  }

  /** Thrown when a request asks for an example by a name the response does not have. */
  static final class NoSuchExample extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchExample(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The response for {@code status} as the request prefers it: its named example, or a value
   * synthesized from {@code dynamicSeed}; {@code null} when the operation does not document it.
   *
   * @throws NoSuchExample when the preferred example does not exist
   */
  @Nullable StubResponse response(
      Operation operation, String status, Preferences prefer, long dynamicSeed) {
    if (operation.getResponses() == null) {
      return null;
    }
    ApiResponse response = operation.getResponses().get(status);
    if (response == null) {
      return null;
    }
    int code = status.matches("\\d{3}") ? Integer.parseInt(status) : 500;
    if (response.getContent() == null || response.getContent().isEmpty()) {
      return StubResponse.empty(code);
    }
    Map.Entry<String, MediaType> media = response.getContent().entrySet().iterator().next();
    JsonNode body;
    if (prefer.dynamic()) {
      body = new Synthesizer(api, dynamicSeed).value(media.getValue().getSchema());
    } else if (prefer.example() != null) {
      body = named(media.getValue(), prefer.example(), status);
    } else {
      body = example(media.getValue());
      if (body == null) {
        body = new Synthesizer(api, seed).value(media.getValue().getSchema());
      }
    }
    try {
      return new StubResponse(
          code, Map.of("Content-Type", media.getKey()), JSON.writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode named(MediaType media, String name, String status) {
    io.swagger.v3.oas.models.examples.Example example =
        media.getExamples() == null ? null : media.getExamples().get(name);
    if (example == null || example.getValue() == null) {
      throw new NoSuchExample(
          "the "
              + status
              + " response has no example named \""
              + name
              + "\""
              + (media.getExamples() == null ? "" : "; it has " + media.getExamples().keySet()));
    }
    return JSON.valueToTree(example.getValue());
  }

  private static @Nullable JsonNode example(MediaType media) {
    if (media.getExamples() != null) {
      for (io.swagger.v3.oas.models.examples.Example example : media.getExamples().values()) {
        if (example.getValue() != null) {
          return JSON.valueToTree(example.getValue());
        }
      }
    }
    if (media.getExample() != null) {
      return JSON.valueToTree(media.getExample());
    }
    if (media.getSchema() != null && media.getSchema().getExample() != null) {
      return JSON.valueToTree(media.getSchema().getExample());
    }
    return null;
  }
}
