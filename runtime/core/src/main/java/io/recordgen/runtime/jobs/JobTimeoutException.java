package io.recordgen.runtime.jobs;

import io.recordgen.runtime.RecordgenException;
import java.time.Duration;

/** The job did not end within the waiter's timeout; it may still end later. */
public final class JobTimeoutException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final JobState lastState;

  public JobTimeoutException(String jobId, JobState lastState, Duration waited) {
    super("job " + jobId + " did not end within " + waited + " (last state " + lastState + ")");
    this.jobId = jobId;
    this.lastState = lastState;
  }

  /** The job id. */
  public String jobId() {
    return jobId;
  }

  /** The state of the last poll. */
  public JobState lastState() {
    return lastState;
  }
}
