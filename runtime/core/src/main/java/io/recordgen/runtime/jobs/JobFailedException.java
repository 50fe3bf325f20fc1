package io.recordgen.runtime.jobs;

import io.recordgen.runtime.RecordgenException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The job ended in failure; {@link #failReason()} says why when the service does. */
public final class JobFailedException extends RecordgenException {
  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final @Nullable String failReason;
  private final transient Object job;

  public JobFailedException(String jobId, @Nullable String failReason, Object job) {
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
}
