package io.recordgen.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An operation: a method on a path.
 *
 * @param operationId the operationId, if the spec gives one
 * @param method the HTTP method
 * @param path the path template
 * @param tags its tags in spec order
 * @param docs summary and description
 * @param parameters path-level and operation-level parameters, merged, in spec order
 * @param requestBody its body, if any
 * @param responses its responses in spec order
 * @param security alternatives of security scheme names, already inherited from the document;
 *     empty means no credentials
 * @param deprecated whether the spec deprecates it
 * @param hints what the extensions Recordgen understands say
 * @param pointer the JSON pointer of the operation object
 */
public record Operation(
    @Nullable String operationId,
    HttpMethod method,
    String path,
    List<String> tags,
    Docs docs,
    List<Parameter> parameters,
    @Nullable RequestBody requestBody,
    List<Response> responses,
    List<List<String>> security,
    boolean deprecated,
    OperationHints hints,
    String pointer) {
  public Operation {
    tags = List.copyOf(tags);
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
    security = security.stream().map(List::copyOf).toList();
  }

  /** For messages: {@code createBackup (POST /v3/{project_id}/backups/create)}. */
  public String describe() {
    return (operationId == null ? "operation" : operationId) + " (" + method + " " + path + ")";
  }
}
