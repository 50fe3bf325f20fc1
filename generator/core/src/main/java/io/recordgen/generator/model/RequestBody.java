package io.recordgen.generator.model;

import java.util.List;

/**
 * The body of a request.
 *
 * @param required whether it must be sent
 * @param docs its description
 * @param content its media types in spec order
 * @param pointer the JSON pointer of the request body object
 */
public record RequestBody(boolean required, Docs docs, List<MediaContent> content, String pointer) {
  public RequestBody {
    content = List.copyOf(content);
  }
}
