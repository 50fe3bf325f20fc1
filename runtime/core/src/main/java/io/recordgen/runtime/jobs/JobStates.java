package io.recordgen.runtime.jobs;

import io.recordgen.runtime.ApiException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which status values of a job mean what, and which error codes mean that a job is not visible
 * yet; generated from a spec's {@code x-recordgen-job} extension.
 *
 * <p>A status the spec does not list counts as still running, and reaches the progress callback
 * like any other: a service that adds a state must not fail a wait. Only a job without a status
 * is pending.
 *
 * @param completed status values that mean done
 * @param failed status values that mean failure
 * @param running status values that mean under way
 * @param notYetVisible error codes that mean the job is not visible yet
 */
public record JobStates(
    List<String> completed, List<String> failed, List<String> running, List<String> notYetVisible) {

  public JobStates {
    completed = List.copyOf(completed);
    failed = List.copyOf(failed);
    running = List.copyOf(running);
    notYetVisible = List.copyOf(notYetVisible);
  }

  /** The state a status value means. */
  public JobState state(@Nullable String status) {
    if (status == null) {
      return JobState.PENDING;
    }
    if (completed.contains(status)) {
      return JobState.COMPLETED;
    }
    return failed.contains(status) ? JobState.FAILED : JobState.RUNNING;
  }

  /** Whether an error only means that the job is not visible yet. */
  public boolean notYetVisible(ApiException error) {
    return error.errorCode().map(notYetVisible::contains).orElse(false);
  }
}
