package io.recordgen.runtime.jobs;

import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.RecordgenException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The job did not end within the waiter's timeout; it may still end later. */
public final class JobTimeoutException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final JobState lastState;
  private final transient @Nullable Object lastJob;
  private final transient @Nullable ApiResponse<?> started;

  JobTimeoutException(String jobId, JobState lastState, Duration waited) {
    this(jobId, lastState, waited, null, null);
  }

  /**
   * A wait that ran out of time.
   *
   * @param lastJob the last job response, if a poll returned one
   * @param started the response of the operation that started the job, if the wait began with it
   */
  JobTimeoutException(
      String jobId,
      JobState lastState,
      Duration waited,
      @Nullable Object lastJob,
      @Nullable ApiResponse<?> started) {
    super("job " + jobId + " did not end within " + waited + " (last state " + lastState + ")");
    this.jobId = jobId;
    this.lastState = lastState;
    this.lastJob = lastJob;
    this.started = started;
  }

  /** The job id. */
  public String jobId() {
    return jobId;
  }

  /** The state of the last poll. */
  public JobState lastState() {
    return lastState;
  }

  /** The last job response, if a poll returned one. */
  public Optional<Object> lastJob() {
    return Optional.ofNullable(lastJob);
  }

  /** The last job response, as the job type the client decodes it into. */
  public <J> Optional<J> lastJob(Class<J> type) {
    return lastJob().map(type::cast);
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
