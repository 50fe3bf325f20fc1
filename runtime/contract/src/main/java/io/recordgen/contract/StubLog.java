package io.recordgen.contract;

import org.jspecify.annotations.Nullable;

/**
 * One request the stub answered, for its request log.
 *
 * @param method the method
 * @param path the raw path, with the query if any
 * @param operationId the operation it matched, or {@code null}
 * @param status the status answered
 * @param reason why the stub rejected the request (401, 400, 404, 405), or {@code null}
 * @param millis how long answering took
 */
public record StubLog(
    String method,
    String path,
    @Nullable String operationId,
    int status,
    @Nullable String reason,
    long millis) {

  /** {@code POST /v3/p/backups/create createBackup 201}, with the reason of a rejection. */
  public String line() {
    return method
        + " "
        + path
        + " "
        + (operationId == null ? "-" : operationId)
        + " "
        + status
        + (reason == null ? "" : " " + reason)
        + " ("
        + millis
        + " ms)";
  }
}
