package io.recordgen.runtime.jobs;

import io.recordgen.runtime.ApiResponse;
import java.util.Objects;

/**
 * The response of an operation that starts a job, with the job once it completed.
 *
 * @param response the operation's own response: status, headers, request id and body
 * @param job the completed job
 * @param <R> the operation's body type
 * @param <J> the job response type
 */
public record Awaited<R, J>(ApiResponse<R> response, J job) {
  public Awaited {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(job, "job");
  }

  /** The starting operation's body, such as the created backup. */
  public R body() {
    return response.body();
  }
}
