package io.recordgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.JobPlan;
import io.recordgen.generator.plan.JobWaitPlan;
import io.recordgen.generator.plan.OperationPlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders the {@code default} methods of jobs: on the operation that shows a job, {@code
 * <op>Probe(input, options)} and {@code <op>UntilDone(input, waiter)}; on an operation that
 * starts one, {@code <op>AndWait}, with and without call options, which polls with the same
 * options and the parameters both operations share.
 */
final class JobMethods {
  private JobMethods() {}

  static void add(TypeSpec.Builder type, OperationPlan operation) {
    if (operation.job() != null) {
      type.addMethod(probe(operation));
      type.addMethod(untilDone(operation));
    }
    if (operation.waits() != null) {
      type.addMethod(andWait(operation, false));
      type.addMethod(andWait(operation, true));
    }
  }

  /** The probe: each poll is the operation with the job id in the input, read typed. */
  private static MethodSpec probe(OperationPlan operation) {
    JobPlan job = operation.job();
    OperationPlan.Variables v = operation.variables();
    TypeName jobType = operation.outcome().type();
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
                operation,
                "A probe that polls a job with #WR: it sets the job id in the input, and reads the"
                    + " status, failure reason and progress where the spec says; a status the spec"
                    + " does not list counts as still running")
            .toBuilder()
            .add("@param $L the other parameters of every poll\n", v.input())
            .add("@param $L the options of every poll\n", v.options())
            .add("@return the probe, for {@link $T#await}\n", ExternalTypes.JOB_WAITER);
    OperationJavadoc.deprecated(doc, operation);
    CodeBlock fetch =
        CodeBlock.of(
            "$L -> $L($L.$L().$L($L).$L(), $L).body()",
            v.jobId(),
            operation.methods().withResponse(),
            v.input(),
            operation.input().names().toBuilderMethod(),
            job.idComponent(),
            v.jobId(),
            operation.input().names().build(),
            v.options());
    return Conveniences.method(job.probeMethod(), operation)
        .addParameter(operation.inputType(), v.input())
        .addParameter(ExternalTypes.CALL_OPTIONS, v.options())
        .returns(ParameterizedTypeName.get(ExternalTypes.JOB_PROBE, jobType.box()))
        .addJavadoc(doc.build())
        .addStatement(
            "return $T.of(\n$L,\n$L,\n$L,\n$L,\n$L)",
            ExternalTypes.JOB_PROBE,
            fetch,
            read(v.job(), job.status()),
            read(v.job(), job.failReason()),
            read(v.job(), job.progress()),
            states(job))
        .build();
  }

  /**
   * A lambda that reads a text of the job, null-safe: {@code job -> job.status()} for a string
   * property, an {@code Optional} chain through nested records and open enumerations.
   */
  private static CodeBlock read(String job, JobPlan.@Nullable Path path) {
    if (path == null) {
      return CodeBlock.of("$L -> null", job);
    }
    List<JobPlan.Step> steps = path.steps();
    if (steps.size() == 1 && path.text() == JobPlan.Text.STRING) {
      return CodeBlock.of("$L -> $L.$L()", job, job, steps.get(0).accessor());
    }
    CodeBlock.Builder chain =
        CodeBlock.builder()
            .add(
                "$L -> $T.ofNullable($L.$L())",
                job,
                ExternalTypes.OPTIONAL,
                job,
                steps.get(0).accessor());
    for (JobPlan.Step step : steps.subList(1, steps.size())) {
      chain.add("$Z.map($T::$L)", step.owner(), step.accessor());
    }
    if (path.text() == JobPlan.Text.VALUE_OF) {
      chain.add("$Z.map($T::valueOf)", ExternalTypes.STRING);
    }
    return chain.add("$Z.orElse(null)").build();
  }

  private static CodeBlock states(JobPlan job) {
    return CodeBlock.of(
        "new $T($L, $L, $L, $L)",
        ExternalTypes.JOB_STATES,
        strings(job.completed()),
        strings(job.failed()),
        strings(job.running()),
        strings(job.notYetVisible()));
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", ExternalTypes.LIST);
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$L" : ", $L", Literals.string(values.get(i)));
    }
    return list.add(")").build();
  }

  /** {@code <op>UntilDone(input, waiter)}: polls the job the input names until it ends. */
  private static MethodSpec untilDone(OperationPlan operation) {
    JobPlan job = operation.job();
    OperationPlan.Variables v = operation.variables();
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
                operation,
                "Polls #WR for the job the input names until it completes or fails, with the"
                    + " client's own options")
            .toBuilder()
            .add(OperationJavadoc.input(operation))
            .add("@param $L polling intervals, timeout and progress callback\n", v.waiter())
            .add("@return the completed job\n")
            .add("@throws $T if the job fails\n", ExternalTypes.JOB_FAILED)
            .add("@throws $T if the job does not end in time\n", ExternalTypes.JOB_TIMEOUT);
    OperationJavadoc.deprecated(doc, operation);
    return Conveniences.method(job.untilDoneMethod(), operation)
        .addParameter(operation.inputType(), v.input())
        .addParameter(ExternalTypes.JOB_WAITER, v.waiter())
        .returns(operation.outcome().type())
        .addJavadoc(doc.build())
        .addStatement(
            "return $L.await($L.$L(), $L($L, $T.none()))",
            v.waiter(),
            v.input(),
            job.idComponent(),
            job.probeMethod(),
            v.input(),
            ExternalTypes.CALL_OPTIONS)
        .build();
  }

  /** {@code <op>AndWait}: performs the operation, then waits for the job it started. */
  private static MethodSpec andWait(OperationPlan operation, boolean withOptions) {
    JobWaitPlan waits = operation.waits();
    OperationPlan.Variables v = operation.variables();
    TypeName awaited =
        ParameterizedTypeName.get(
            ExternalTypes.AWAITED, operation.outcome().type().box(), waits.jobType().box());
    MethodSpec.Builder method =
        Conveniences.method(waits.methodName(), operation)
            .addParameter(operation.inputType(), v.input())
            .returns(awaited);
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
                operation,
                withOptions
                    ? "Performs #WR, then waits for the job it starts, polling with the same"
                        + " options and the parameters both operations share"
                    : "Performs #WR with the client's own options, then waits for the job it"
                        + " starts")
            .toBuilder()
            .add(OperationJavadoc.input(operation));
    if (withOptions) {
      method.addParameter(ExternalTypes.CALL_OPTIONS, v.options());
      doc.add("@param $L the options of the call and of every poll\n", v.options());
    }
    if (waits.jobsApi() != null) {
      method.addParameter(waits.jobsApi(), v.jobs());
      doc.add("@param $L the client that polls the job\n", v.jobs());
    }
    method.addParameter(ExternalTypes.JOB_WAITER, v.waiter());
    doc.add("@param $L polling intervals, timeout and progress callback\n", v.waiter())
        .add("@return the starting response and the completed job\n")
        .add(
            "@throws $T if the job fails; it keeps the starting response\n",
            ExternalTypes.JOB_FAILED)
        .add(
            "@throws $T if the job does not end in time; it keeps the starting response\n",
            ExternalTypes.JOB_TIMEOUT);
    OperationJavadoc.deprecated(doc, operation);
    method.addJavadoc(doc.build());
    if (!withOptions) {
      return method
          .addStatement(
              "return $L($L, $T.none(), $L$L)",
              waits.methodName(),
              v.input(),
              ExternalTypes.CALL_OPTIONS,
              waits.jobsApi() == null ? "" : v.jobs() + ", ",
              v.waiter())
          .build();
    }
    CodeBlock.Builder jobInput =
        CodeBlock.builder().add("$T.$L()", waits.jobInput(), waits.builderMethod());
    for (JobWaitPlan.Copy copy : waits.copies()) {
      jobInput.add("\n.$L($L.$L())", copy.jobComponent(), v.input(), copy.startComponent());
    }
    jobInput.add("\n.$L($L)\n.$L()", waits.idComponent(), v.jobId(), waits.build());
    return method
        .addStatement(
            "$T $L = $L($L, $L)",
            ClientInterfaceEmitter.response(operation),
            v.response(),
            operation.methods().withResponse(),
            v.input(),
            v.options())
        .addStatement(
            "$T $L =$W$T.requireNonNull($L.body().$L(), $S)",
            ExternalTypes.STRING,
            v.jobId(),
            ExternalTypes.OBJECTS,
            v.response(),
            waits.jobIdAccessor(),
            "the response has no job id")
        .addStatement("$T $L = $L", waits.jobInput(), v.jobInput(), jobInput.build())
        .addStatement(
            "return new $T<>($L,$W$L.await($L, $L$L($L, $L), $L))",
            ExternalTypes.AWAITED,
            v.response(),
            v.waiter(),
            v.jobId(),
            waits.jobsApi() == null ? "" : v.jobs() + ".",
            waits.probe(),
            v.jobInput(),
            v.options(),
            v.response())
        .build();
  }
}
