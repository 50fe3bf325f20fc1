package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * An {@code ...AndWait} method: perform the operation, then wait for the job it started.
 *
 * @param methodName such as {@code createBackupAndWait}
 * @param jobImplementation the implementation class of the job operation's client
 * @param probeMethod its probe factory
 * @param jobType what the job operation returns
 * @param jobIdAccessor the response record's accessor of the job id
 * @param probeArguments Java names of this operation's parameters that the probe takes
 */
public record JobWaitPlan(
    String methodName,
    ClassName jobImplementation,
    String probeMethod,
    TypeName jobType,
    String jobIdAccessor,
    List<String> probeArguments) {
  public JobWaitPlan {
    probeArguments = List.copyOf(probeArguments);
  }
}
