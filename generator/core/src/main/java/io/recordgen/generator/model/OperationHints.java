package io.recordgen.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an operation's {@code x-recordgen-*} extensions (and {@code x-idempotent}) say.
 *
 * @param idempotent {@code x-idempotent}: whether sending it twice is harmless
 * @param job {@code x-recordgen-job}: the operation shows a job, and how to read it
 * @param jobId {@code x-recordgen-job-id}: the operation starts a job whose id is at this JSON
 *     pointer of the success body
 * @param pager {@code x-recordgen-pager}: the operation lists items a page at a time
 * @param idempotencyKey {@code x-recordgen-idempotency-key} on the operation or the document: the
 *     request header that carries an idempotency key, which makes resending the operation safe
 */
public record OperationHints(
    @Nullable Boolean idempotent,
    @Nullable JobHint job,
    @Nullable PropertyPath jobId,
    @Nullable PagerHint pager,
    @Nullable String idempotencyKey) {

  private static final OperationHints NONE = new OperationHints(null, null, null, null, null);

  /**
   * A JSON pointer into a success body that should name one of its properties.
   *
   * @param pointer the pointer as the spec writes it, such as {@code /job_id}
   * @param property the top-level property it names, unescaped, or {@code null} when it goes
   *     deeper than one level
   */
  public record PropertyPath(String pointer, @Nullable String property) {
    /** The path of a top-level property. */
    public static PropertyPath of(String property) {
      return new PropertyPath("/" + property.replace("~", "~0").replace("/", "~1"), property);
    }
  }

  /** No hints. */
  public static OperationHints none() {
    return NONE;
  }

  /**
   * How to read a job: JSON pointers into the success body and the meaning of status values.
   *
   * @param status pointer to the status
   * @param completed values that mean done
   * @param failed values that mean failure
   * @param running values that mean under way
   * @param failReason pointer to the failure reason
   * @param progress pointer to the progress text
   * @param notYetVisible error codes that mean the job is not visible yet
   * @param idParameter the parameter that takes the job id, when it is not the only required
   *     query parameter
   */
  public record JobHint(
      String status,
      List<String> completed,
      List<String> failed,
      List<String> running,
      @Nullable String failReason,
      @Nullable String progress,
      List<String> notYetVisible,
      @Nullable String idParameter) {
    public JobHint {
      completed = List.copyOf(completed);
      failed = List.copyOf(failed);
      running = List.copyOf(running);
      notYetVisible = List.copyOf(notYetVisible);
    }
  }

  /**
   * How an offset/limit list operation pages.
   *
   * @param offset the query parameter that skips items
   * @param limit the query parameter that sizes a page
   * @param items the array of items in the success body
   * @param total the total count, if the body has one
   */
  public record PagerHint(
      String offset, String limit, PropertyPath items, @Nullable PropertyPath total) {}
}
