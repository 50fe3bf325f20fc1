package io.recordgen.runtime.jobs;

import io.recordgen.runtime.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * How to look at one kind of job: fetch it, and read its state, failure reason and progress.
 * Generated clients build one from the spec's {@code x-recordgen-job} extension.
 *
 * @param <J> the decoded job response
 */
public interface JobProbe<J> {
  /** Fetches the job. */
  J fetch(String jobId);

  /** The job's state. */
  JobState state(J job);

  /** The status as the service wrote it. */
  @Nullable String status(J job);

  /** Why the job failed, if the service says. */
  @Nullable String failReason(J job);

  /** The service's progress text, if any. */
  @Nullable String progress(J job);

  /**
   * Whether an error only means that the job is not visible yet: new job ids take a few
   * seconds to become queryable.
   */
  boolean notYetVisible(ApiException error);
}
