package io.recordgen.runtime.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.JsonCodec;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where a job response keeps its status, failure reason and progress (JSON pointers), and which
 * status values mean what; generated from a spec's {@code x-recordgen-job} extension.
 *
 * @param status pointer to the status, such as {@code /job/status}
 * @param completed status values that mean done
 * @param failed status values that mean failure
 * @param running status values that mean under way; anything else is pending
 * @param failReason pointer to the failure reason, or {@code null}
 * @param progress pointer to the progress text, or {@code null}
 * @param notYetVisible error codes that mean the job is not visible yet
 */
public record JobFields(
    String status,
    List<String> completed,
    List<String> failed,
    List<String> running,
    @Nullable String failReason,
    @Nullable String progress,
    List<String> notYetVisible) {

  public JobFields {
    completed = List.copyOf(completed);
    failed = List.copyOf(failed);
    running = List.copyOf(running);
    notYetVisible = List.copyOf(notYetVisible);
  }

  /** A probe that fetches with {@code fetch} and reads these fields through {@code codec}. */
  public <J> JobProbe<J> probe(Function<String, J> fetch, JsonCodec codec) {
    JobFields fields = this;
    return new JobProbe<>() {
      @Override
      public J fetch(String jobId) {
        return fetch.apply(jobId);
      }

      @Override
      public JobState state(J job) {
        String value = status(job);
        if (value == null) {
          return JobState.PENDING;
        }
        if (fields.completed.contains(value)) {
          return JobState.COMPLETED;
        }
        if (fields.failed.contains(value)) {
          return JobState.FAILED;
        }
        return fields.running.contains(value) ? JobState.RUNNING : JobState.PENDING;
      }

      @Override
      public @Nullable String status(J job) {
        return text(codec, job, fields.status);
      }

      @Override
      public @Nullable String failReason(J job) {
        return fields.failReason == null ? null : text(codec, job, fields.failReason);
      }

      @Override
      public @Nullable String progress(J job) {
        return fields.progress == null ? null : text(codec, job, fields.progress);
      }

      @Override
      public boolean notYetVisible(ApiException error) {
        return error.errorCode().map(fields.notYetVisible::contains).orElse(false);
      }
    };
  }

  private static @Nullable String text(JsonCodec codec, Object value, String pointer) {
    JsonNode node = codec.toTree(value).at(pointer);
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
