package io.recordgen.generator.model;

import java.util.List;

/**
 * One response of an operation.
 *
 * @param status {@code 201}, a range such as {@code 4XX}, or {@code default}
 * @param docs its description
 * @param content its media types in spec order
 * @param headers declared headers
 * @param pointer the JSON pointer of the response object
 */
public record Response(
    String status,
    Docs docs,
    List<MediaContent> content,
    List<ResponseHeader> headers,
    String pointer) {
  public Response {
    content = List.copyOf(content);
    headers = List.copyOf(headers);
  }

  /** Whether the status is a 2xx code or the {@code 2XX} range. */
  public boolean isSuccess() {
    return status.startsWith("2");
  }
}
