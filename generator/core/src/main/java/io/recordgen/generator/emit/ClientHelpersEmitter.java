package io.recordgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.HeadersPlan;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.ParamPlan;
import io.recordgen.generator.plan.RecordPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Renders what a client implementation adds on top of an operation's call: the {@code
 * ...WithHeaders} exchange, the pager, the job probe and its wait, and the {@code ...AndWait}
 * methods.
 */
final class ClientHelpersEmitter {
  private static final ClassName OBJECTS = ExternalTypes.OBJECTS;

  private ClientHelpersEmitter() {}

  /** {@code ...WithHeaders}: the exchange, then the typed headers. */
  private static MethodSpec withHeaders(
      OperationPlan operation, boolean withOptions, String client) {
    HeadersPlan plan = operation.headers();
    MethodSpec.Builder method =
        Helpers.withHeaders(operation, withOptions, false)
            .addAnnotation(Annotations.OVERRIDE)
            .addModifiers(Modifier.PUBLIC);
    List<String> arguments = new ArrayList<>();
    operation.positional().forEach(p -> arguments.add(p.javaName()));
    if (operation.body() != null) {
      arguments.add(operation.body().javaName());
    }
    if (operation.options() != null) {
      arguments.add(withOptions ? operation.names().options() : "null");
    }
    String response = operation.names().response();
    method.addStatement(
        "$T<$T> $L = $L.exchange($L($L))",
        ExternalTypes.API_RESPONSE,
        operation.returnType().box(),
        response,
        client,
        operation.callMethodName(),
        String.join(", ", arguments));
    CodeBlock.Builder values = CodeBlock.builder();
    if (plan.bodyComponent() != null) {
      values.add("$L.body()", response);
    }
    for (HeadersPlan.Header header : plan.headers()) {
      values.add(
          values.isEmpty()
              ? "$T.first($L.headers(), $L, $T.class)"
              : ",$W$T.first($L.headers(), $L, $T.class)",
          ExternalTypes.HEADER_VALUES,
          response,
          Literals.string(header.name()),
          header.type());
    }
    method.addStatement("return new $T($L)", plan.resultType(), values.build());
    return method.build();
  }

  static FieldSpec jobFields(OperationPlan operation) {
    var job = operation.job();
    return FieldSpec.builder(
            ExternalTypes.JOB_FIELDS,
            job.fieldsConstant(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(
            "new $T($L,$W$L,$W$L,$W$L,$W$L,$W$L,$W$L)",
            ExternalTypes.JOB_FIELDS,
            Literals.string(job.status()),
            strings(job.completed()),
            strings(job.failed()),
            strings(job.running()),
            nullableString(job.failReason()),
            nullableString(job.progress()),
            strings(job.notYetVisible()))
        .build();
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", ExternalTypes.LIST);
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$L" : ", $L", Literals.string(values.get(i)));
    }
    return list.add(")").build();
  }

  private static String nullableString(@Nullable String value) {
    return value == null ? "null" : Literals.string(value);
  }

  /** The pager, the job probe and waits, and the {@code ...AndWait} methods. */
  static void helpers(TypeSpec.Builder type, OperationPlan operation, String client) {
    OperationPlan.Names names = operation.names();
    if (operation.headers() != null) {
      for (boolean withOptions :
          operation.options() == null ? new boolean[] {false} : new boolean[] {false, true}) {
        type.addMethod(withHeaders(operation, withOptions, client));
      }
    }
    if (operation.pager() != null) {
      for (boolean withOptions : new boolean[] {false, true}) {
        type.addMethod(pager(operation, withOptions));
      }
    }
    if (operation.job() != null) {
      var job = operation.job();
      MethodSpec.Builder probe =
          MethodSpec.methodBuilder(job.probeMethod())
              .addModifiers(Modifier.STATIC)
              .returns(
                  ParameterizedTypeName.get(ExternalTypes.JOB_PROBE, operation.returnType().box()))
              .addParameter(ExternalTypes.API_CLIENT, names.client());
      List<String> callArguments = new ArrayList<>();
      List<String> context = new ArrayList<>();
      context.add(client);
      for (ParamPlan param : operation.positional()) {
        if (param.javaName().equals(job.idParameter())) {
          callArguments.add(names.jobId());
        } else {
          probe.addParameter(
              ParameterSpec.builder(ClientImplEmitter.nullable(param.type()), param.javaName())
                  .build());
          callArguments.add(param.javaName());
          context.add(param.javaName());
        }
      }
      if (operation.options() != null) {
        callArguments.add("null");
      }
      probe.addStatement(
          "return $L.probe($L -> $L.execute($L($L)),$W$L.codec())",
          job.fieldsConstant(),
          names.jobId(),
          names.client(),
          operation.callMethodName(),
          String.join(", ", callArguments),
          names.client());
      type.addMethod(probe.build());
      type.addMethod(
          Helpers.untilDone(operation, false)
              .addAnnotation(Annotations.OVERRIDE)
              .addModifiers(Modifier.PUBLIC)
              .addStatement(
                  "return $L.await($L, $L($L))",
                  names.waiter(),
                  job.idParameter(),
                  job.probeMethod(),
                  String.join(", ", context))
              .build());
    }
    if (operation.waits() != null) {
      var waits = operation.waits();
      for (boolean withOptions :
          operation.options() == null ? new boolean[] {false} : new boolean[] {false, true}) {
        List<String> probeArguments = new ArrayList<>();
        probeArguments.add(client);
        probeArguments.addAll(waits.probeArguments());
        type.addMethod(
            Helpers.andWait(operation, withOptions, false)
                .addAnnotation(Annotations.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .addStatement(
                    "$T $L = $L($L)",
                    operation.returnType(),
                    names.response(),
                    operation.methodName(),
                    Helpers.arguments(operation, withOptions))
                .addStatement(
                    "$T $L = $T.requireNonNull($L.$L(), $S)",
                    ExternalTypes.STRING,
                    names.jobId(),
                    OBJECTS,
                    names.response(),
                    waits.jobIdAccessor(),
                    "the response has no job id")
                .addStatement(
                    "return new $T<>($L,$W$L.await($L,$W$T.$L($L)))",
                    ExternalTypes.AWAITED,
                    names.response(),
                    names.waiter(),
                    names.jobId(),
                    waits.jobImplementation(),
                    waits.probeMethod(),
                    String.join(", ", probeArguments))
                .build());
      }
    }
  }

  /** {@code ...All}: every page from the first, fetched as iteration reaches it. */
  private static MethodSpec pager(OperationPlan operation, boolean withOptions) {
    var pager = operation.pager();
    OperationPlan.Names names = operation.names();
    RecordPlan options = operation.options();
    RecordPlan.Names builder = options.names();
    MethodSpec.Builder method =
        Helpers.pager(operation, withOptions, false)
            .addAnnotation(Annotations.OVERRIDE)
            .addModifiers(Modifier.PUBLIC);
    CodeBlock start =
        withOptions
            ? CodeBlock.of("$T.requireNonNull($L, $S)", OBJECTS, names.options(), names.options())
            : CodeBlock.of(
                "$T.$L().$L()", options.name(), builder.builderMethod(), builder.build());
    method.addStatement("$T $L = $L", options.name(), names.first(), start);
    String fetch = Helpers.arguments(operation, false);
    // Offsets travel as long; an int32 offset parameter gets them back exactly or fails.
    CodeBlock offset =
        pager.offsetIsLong()
            ? CodeBlock.of("$L", names.offset())
            : CodeBlock.of("$T.toIntExact($L)", ExternalTypes.MATH, names.offset());
    String first = names.first();
    String page = names.page();
    method.addStatement(
        CodeBlock.builder()
            .add(
                "return $T.offsetLimit($L.$L() == null ? 0L : $L.$L(),$W$L.$L(),$W",
                ExternalTypes.PAGED,
                first,
                pager.offsetComponent(),
                first,
                pager.offsetComponent(),
                first,
                pager.limitComponent())
            .add(
                "$L -> $L($L$L$L.$L().$L(",
                names.offset(),
                operation.methodName(),
                fetch,
                fetch.isEmpty() ? "" : ", ",
                first,
                builder.toBuilderMethod(),
                pager.offsetComponent())
            .add(offset)
            .add(
                ").$L()),$W$L -> $L.$L(),$W$L -> $L)",
                builder.build(),
                page,
                page,
                pager.itemsAccessor(),
                page,
                pager.totalAccessor() == null ? "null" : page + "." + pager.totalAccessor() + "()")
            .build());
    return method.build();
  }
}
