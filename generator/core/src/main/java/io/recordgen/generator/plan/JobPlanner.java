package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
   * The wait of an operation with {@code x-recordgen-job}, or {@code null}.
   *
   * @param methods where the method name is allocated
   */
  @Nullable JobPlan shows(
      Operation operation,
      String method,
      TypeName returnType,
      List<ParamPlan> params,
      NameScope methods) {
    OperationHints.JobHint hint = operation.hints().job();
    if (hint == null) {
      return null;
    }
    String at = operation.pointer() + "/x-recordgen-job";
    List<ParamPlan> required = params.stream().filter(p -> !p.nullable()).toList();
    ParamPlan id = null;
    if (hint.idParameter() != null) {
      id =
          params.stream()
              .filter(p -> p.wireName().equals(hint.idParameter()))
              .findFirst()
              .orElse(null);
    } else {
      List<ParamPlan> queries =
          required.stream().filter(p -> p.location() == ParamPlan.Location.QUERY).toList();
      id = queries.size() == 1 ? queries.get(0) : null;
    }
    if (id == null || id.nullable() || !id.type().equals(ExternalTypes.STRING)) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "cannot tell which required string parameter"
              + " takes the job id; name it with idParameter");
      return null;
    }
    JobPlan.Path status = access.path(returnType, hint.status(), at + "/status");
    JobPlan.Path failReason =
        hint.failReason() == null
            ? null
            : access.path(returnType, hint.failReason(), at + "/failReason");
    JobPlan.Path progress =
        hint.progress() == null ? null : access.path(returnType, hint.progress(), at + "/progress");
    if (status == null
        || (hint.failReason() != null && failReason == null)
        || (hint.progress() != null && progress == null)) {
      return null;
    }
    return new JobPlan(
        methods.allocate(method + "UntilDone"),
        methods.allocate(method + "Probe"),
        id.javaName(),
        status,
        failReason,
        progress,
        hint.completed(),
        hint.failed(),
        hint.running(),
        hint.notYetVisible());
  }

  /**
   * The {@code ...AndWait} method of an operation that starts a job, or {@code null} when it
   * starts none or its extension does not fit (reported).
   *
   * @param jobOperations the planned operations that show jobs, with their clients
   * @param api the client interface of {@code plan}
   */
  @Nullable JobWaitPlan starts(
      Operation operation,
      OperationPlan plan,
      List<Shown> jobOperations,
      ClassName api,
      NameScope methods) {
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
    ComponentPlan id = access.component(plan.outcome().type(), jobId, at);
    if (id == null) {
      return null;
    }
    if (!id.type().equals(ExternalTypes.STRING)) {
      diagnostics.report(
          Code.EXTENSION_INVALID, at, "\"" + jobId.pointer() + "\" must name a string property");
      return null;
    }
    // The job's input takes what both inputs have, by wire name: the project, the language.
    List<JobWaitPlan.Copy> copies = new ArrayList<>();
    for (ParamPlan target : job.plan().params()) {
      if (target.javaName().equals(job.plan().job().idComponent())) {
        continue;
      }
      for (ParamPlan source : plan.params()) {
        if (source.wireName().equals(target.wireName())
            && source.location() == target.location()
            && source.type().equals(target.type())) {
          copies.add(new JobWaitPlan.Copy(target.javaName(), source.javaName()));
        }
      }
    }
    boolean sameClient = job.api().equals(api);
    return new JobWaitPlan(
        methods.allocate(plan.methods().plain() + "AndWait"),
        sameClient ? null : job.api(),
        job.plan().job().probeMethod(),
        job.plan().inputType(),
        job.plan().input().names().builderMethod(),
        job.plan().input().names().build(),
        job.plan().outcome().type(),
        id.javaName(),
        job.plan().job().idComponent(),
        copies);
  }

  /**
   * An operation that shows jobs, with the client interface it belongs to.
   *
   * @param api the client interface
   * @param plan its plan
   */
  record Shown(ClassName api, OperationPlan plan) {}
}
