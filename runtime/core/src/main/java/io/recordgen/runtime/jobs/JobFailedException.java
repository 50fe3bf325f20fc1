package io.recordgen.runtime.jobs;

import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.RecordgenException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The job ended in failure; {@link #failReason()} says why when the service does. */
public final class JobFailedException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final @Nullable String failReason;
  private final transient Object job;
  private final transient @Nullable ApiResponse<?> started;

  JobFailedException(String jobId, @Nullable String failReason, Object job) {
    this(jobId, failReason, job, null);
  }

  /** The failure of a job that {@code started}, the starting operation's response, began. */
  JobFailedException(
      String jobId, @Nullable String failReason, Object job, @Nullable ApiResponse<?> started) {
    super(
        "job "
            + jobId
            + " failed"
            + (failReason == null
                ? ""
                : ": " + io.recordgen.runtime.internal.Redaction.escape(failReason)));
    this.jobId = jobId;
    this.failReason = failReason;
    this.job = job;
    this.started = started;
  }

  /** The job id. */
  public String jobId() {
    return jobId;
  }

  /** The service's reason ({@code fail_reason}). */
  public Optional<String> failReason() {
    return Optional.ofNullable(failReason);
  }

  /** The last job response, as decoded. */
  public Object job() {
    return job;
  }

  /** The last job response, as the job type the client decodes it into. */
  public <J> J job(Class<J> type) {
    return type.cast(job);
  }

  /**
   * The response of the operation that started the job, such as the created backup with its
   * request id, when the wait began with it ({@code ...AndWait}).
   */
  public Optional<ApiResponse<?>> started() {
    return Optional.ofNullable(started);
  }

  /** The body of the response that started the job, as its type. */
  public <S> Optional<S> startedBody(Class<S> type) {
    return started().map(ApiResponse::body).map(type::cast);
  }
}
