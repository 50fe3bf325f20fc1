package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The operation that shows a job: the method that polls it until it ends, and where its job
 * response keeps the status, failure reason and progress, as typed accessor paths.
 *
 * @param untilDoneMethod the method that waits, such as {@code showJobUntilDone}
 * @param probeMethod the method that returns the probe that polls it, such as {@code
 *     showJobProbe}, which the {@code ...AndWait} methods of other clients call
 * @param idComponent the input's component of the job id
 * @param status the path to the status
 * @param failReason the path to the failure reason
 * @param progress the path to the progress text
 * @param completed values that mean done
 * @param failed values that mean failure
 * @param running values that mean under way
 * @param notYetVisible error codes of a job that is too new
 */
public record JobPlan(
    String untilDoneMethod,
    String probeMethod,
    String idComponent,
    Path status,
    @Nullable Path failReason,
    @Nullable Path progress,
    List<String> completed,
    List<String> failed,
    List<String> running,
    List<String> notYetVisible) {
  public JobPlan {
    completed = List.copyOf(completed);
    failed = List.copyOf(failed);
    running = List.copyOf(running);
    notYetVisible = List.copyOf(notYetVisible);
  }

  /**
   * How to read a text of a job response, null-safe at every step.
   *
   * @param steps each record and the accessor of the next value on it; an open enumeration's
   *     accessor of its wire value last, when the value is one
   * @param text how the last value becomes text
   */
  public record Path(List<Step> steps, Text text) {
    public Path {
      steps = List.copyOf(steps);
    }
  }

  /**
   * One step of a path.
   *
   * @param owner the record the accessor belongs to
   * @param accessor the accessor
   */
  public record Step(ClassName owner, String accessor) {}

  /** How the last value of a path becomes text. */
  public enum Text {
    /** It is a {@code String}. */
    STRING,
    /** Anything else (a number, a boolean): {@code String.valueOf}. */
    VALUE_OF
  }
}
