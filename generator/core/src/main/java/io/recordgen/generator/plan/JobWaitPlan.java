package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An {@code ...AndWait} method: perform the operation, then wait for the job it started through
 * the operation that shows jobs, with the same call options and the parameters both share.
 *
 * @param methodName such as {@code createBackupAndWait}
 * @param jobsApi the client interface that shows the job, when it is another than this one
 * @param probe its method that returns the probe of a job
 * @param jobInput the job operation's input record
 * @param builderMethod the job input's static method that returns a builder
 * @param build the job input builder's method that makes the input
 * @param jobType what the job operation returns
 * @param jobIdAccessor the response record's accessor of the job id
 * @param idComponent the job input's component of the job id
 * @param copies the components the job input takes from this operation's input, by name: the
 *     parameters both have, of the same type and place (the project, the language)
 */
public record JobWaitPlan(
    String methodName,
    @Nullable ClassName jobsApi,
    String probe,
    ClassName jobInput,
    String builderMethod,
    String build,
    TypeName jobType,
    String jobIdAccessor,
    String idComponent,
    List<Copy> copies) {
  public JobWaitPlan {
    copies = List.copyOf(copies);
  }

  /**
   * A component the job input takes from the starting input.
   *
   * @param jobComponent the job input's component
   * @param startComponent the starting input's component
   */
  public record Copy(String jobComponent, String startComponent) {}
}
