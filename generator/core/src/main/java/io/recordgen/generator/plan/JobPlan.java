package io.recordgen.generator.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An operation that shows a job: methods to wait for the job, and the probe that other
 * operations' {@code ...AndWait} methods use.
 *
 * @param untilDoneMethod the method that waits, such as {@code showJobUntilDone}
 * @param probeMethod the implementation's static probe factory
 * @param fieldsConstant the constant that holds the job fields
 * @param idParameter the Java name of the positional parameter that takes the job id
 * @param contextParameters wire names of the other positional parameters, in order
 * @param status pointer to the status
 * @param completed values that mean done
 * @param failed values that mean failure
 * @param running values that mean under way
 * @param failReason pointer to the failure reason
 * @param progress pointer to the progress text
 * @param notYetVisible error codes of a job that is too new
 */
public record JobPlan(
    String untilDoneMethod,
    String probeMethod,
    String fieldsConstant,
    String idParameter,
    List<String> contextParameters,
    String status,
    List<String> completed,
    List<String> failed,
    List<String> running,
    @Nullable String failReason,
    @Nullable String progress,
    List<String> notYetVisible) {
  public JobPlan {
    contextParameters = List.copyOf(contextParameters);
    completed = List.copyOf(completed);
    failed = List.copyOf(failed);
    running = List.copyOf(running);
    notYetVisible = List.copyOf(notYetVisible);
  }
}
