package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.OperationHints;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plans jobs: the methods of the operation that shows a job ({@code x-recordgen-job}: its {@code
 * ...UntilDone} wait and the probe that polls it), and the {@code ...AndWait} method of each
 * operation that starts one ({@code x-recordgen-job-id}).
 */
final class JobPlanner {
  private final RecordAccess access;
  private final Diagnostics diagnostics;

  JobPlanner(RecordAccess access, Diagnostics diagnostics) {
    this.access = access;
    this.diagnostics = diagnostics;
  }

  /**
   * The job methods of an operation with {@code x-recordgen-job}, or {@code null}.
   *
   * @param methods where the method names are allocated
   * @param fields where the name of the job fields constant is allocated
   */
  @Nullable JobPlan shows(
      Operation operation,
      String method,
      List<ParamPlan> positional,
      String constant,
      NameScope methods,
      NameScope fields) {
    OperationHints.JobHint hint = operation.hints().job();
    if (hint == null) {
      return null;
    }
    String at = operation.pointer() + "/x-recordgen-job";
    ParamPlan id = null;
    if (hint.idParameter() != null) {
      id =
          positional.stream()
              .filter(p -> p.wireName().equals(hint.idParameter()))
              .findFirst()
              .orElse(null);
    } else {
      List<ParamPlan> queries =
          positional.stream().filter(p -> p.location() == ParamPlan.Location.QUERY).toList();
      id = queries.size() == 1 ? queries.get(0) : null;
    }
    if (id == null || !id.type().equals(ExternalTypes.STRING)) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "cannot tell which required string parameter"
              + " takes the job id; name it with idParameter");
      return null;
    }
    List<String> context = new ArrayList<>();
    for (ParamPlan param : positional) {
      if (param != id) {
        context.add(param.wireName());
      }
    }
    return new JobPlan(
        methods.allocate(method + "UntilDone"),
        methods.allocate(method + "Probe"),
        fields.allocate(constant + "_JOB"),
        id.javaName(),
        context,
        hint.status(),
        hint.completed(),
        hint.failed(),
        hint.running(),
        hint.failReason(),
        hint.progress(),
        hint.notYetVisible());
  }

  /**
   * The {@code ...AndWait} method of an operation that starts a job, or {@code null} when it
   * starts none or its extension does not fit (reported).
   *
   * @param jobOperations the planned operations that show jobs, with their implementations
   */
  @Nullable JobWaitPlan starts(
      Operation operation, OperationPlan plan, List<Shown> jobOperations, NameScope methods) {
    OperationHints.PropertyPath jobId = operation.hints().jobId();
    if (jobId == null) {
      return null;
    }
    String at = operation.pointer() + "/x-recordgen-job-id";
    if (jobOperations.size() != 1) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          jobOperations.isEmpty()
              ? "no operation of the spec shows jobs (x-recordgen-job)"
              : "more than one operation shows jobs (x-recordgen-job)");
      return null;
    }
    Shown job = jobOperations.get(0);
    ComponentPlan id = access.component(plan.returnType(), jobId, at);
    if (id == null) {
      return null;
    }
    List<String> arguments = new ArrayList<>();
    for (String wire : job.plan().job().contextParameters()) {
      ParamPlan match =
          plan.positional().stream()
              .filter(p -> p.wireName().equals(wire))
              .findFirst()
              .orElse(null);
      if (match == null) {
        diagnostics.report(
            Code.EXTENSION_INVALID,
            at,
            plan.operationId()
                + " has no parameter "
                + wire
                + " to pass to "
                + job.plan().operationId());
        return null;
      }
      arguments.add(match.javaName());
    }
    return new JobWaitPlan(
        methods.allocate(plan.methodName() + "AndWait"),
        job.implementation(),
        job.plan().job().probeMethod(),
        job.plan().returnType(),
        id.javaName(),
        arguments);
  }

  /**
   * An operation that shows jobs, with the implementation its probe lives in.
   *
   * @param implementation the implementation class of its client
   * @param plan its plan
   */
  record Shown(ClassName implementation, OperationPlan plan) {}
}
