package io.recordgen.runtime.jobs;

import io.recordgen.runtime.ApiException;
import java.util.function.Function;
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

  /**
   * A probe from functions: generated clients read the status, failure reason and progress of
   * their job records through typed accessors.
   *
   * @param fetch fetches the job by its id
   * @param status reads the status as text
   * @param failReason reads the failure reason
   * @param progress reads the progress text
   * @param states what the status values mean
   * @param <J> the job response
   */
  static <J> JobProbe<J> of(
      Function<String, J> fetch,
      Function<J, @Nullable String> status,
      Function<J, @Nullable String> failReason,
      Function<J, @Nullable String> progress,
      JobStates states) {
    return new JobProbe<>() {
      @Override
      public J fetch(String jobId) {
        return fetch.apply(jobId);
      }

      @Override
      public JobState state(J job) {
        return states.state(status(job));
      }

      @Override
      public @Nullable String status(J job) {
        return status.apply(job);
      }

      @Override
      public @Nullable String failReason(J job) {
        return failReason.apply(job);
      }

      @Override
      public @Nullable String progress(J job) {
        return progress.apply(job);
      }

      @Override
      public boolean notYetVisible(ApiException error) {
        return states.notYetVisible(error);
      }
    };
  }
}
