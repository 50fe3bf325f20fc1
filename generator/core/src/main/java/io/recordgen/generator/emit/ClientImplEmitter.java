package io.recordgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.BodyPlan;
import io.recordgen.generator.plan.Check;
import io.recordgen.generator.plan.ClientPlan;
import io.recordgen.generator.plan.HeadersPlan;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.ParamPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Renders the package-private implementation of a client interface: one {@code OperationSpec}
 * constant per operation, and per operation a private method that checks the positional
 * parameters and builds the {@code ApiCall} that the {@code ApiClient} performs.
 */
final class ClientImplEmitter {
  private static final ClassName OBJECTS = ClassName.get(Objects.class);

  private ClientImplEmitter() {}

  static TypeSpec.Builder emit(ClientPlan plan) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plan.implementation())
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(plan.api())
            .addAnnotation(Types.GENERATED_ANNOTATION)
            .addJavadoc("{@link $T} on an {@link $T}.\n", plan.api(), Types.API_CLIENT);
    Set<String> patterns = new HashSet<>();
    for (OperationPlan operation : plan.operations()) {
      type.addField(operationConstant(operation));
      type.addField(responseConstant(operation));
      if (operation.job() != null) {
        type.addField(jobFields(operation));
      }
      for (ParamPlan param : operation.positional()) {
        addPatterns(type, param.checks(), patterns);
      }
    }
    type.addField(
        FieldSpec.builder(Types.API_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(Types.API_CLIENT, "client")
            .addStatement("this.client = $T.requireNonNull(client, $S)", OBJECTS, "client")
            .build());
    for (OperationPlan operation : plan.operations()) {
      for (boolean async : new boolean[] {false, true}) {
        type.addMethod(delegate(operation, async, false));
        if (operation.options() != null) {
          type.addMethod(delegate(operation, async, true));
        }
      }
      type.addMethod(call(operation));
      helpers(type, operation);
    }
    return type;
  }

  private static void addPatterns(TypeSpec.Builder type, List<Check> checks, Set<String> added) {
    for (Check check : checks) {
      if (check instanceof Check.Matches matches && added.add(matches.constant())) {
        type.addField(RecordEmitter.patternField(matches));
      } else if (check instanceof Check.EachItem each) {
        addPatterns(type, each.checks(), added);
      }
    }
  }

  private static FieldSpec operationConstant(OperationPlan operation) {
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.of($L,$W$S,$W$L)$>$>",
                Types.OPERATION_SPEC,
                Literals.string(operation.operationId()),
                operation.httpMethod(),
                Literals.string(operation.path()));
    boolean methodIdempotent =
        !operation.httpMethod().equals("POST") && !operation.httpMethod().equals("PATCH");
    if (operation.idempotent() != methodIdempotent) {
      init.add("\n.withIdempotent($L)", operation.idempotent());
    }
    if (!operation.security().isEmpty()) {
      init.add("\n.withSecurity(");
      for (int i = 0; i < operation.security().size(); i++) {
        init.add(i == 0 ? "$L" : ",$W$L", Literals.string(operation.security().get(i)));
      }
      init.add(")");
    }
    init.add("$<$<");
    return FieldSpec.builder(
            Types.OPERATION_SPEC,
            operation.constantName(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  private static FieldSpec responseConstant(OperationPlan operation) {
    TypeName boxed = operation.returnType().box();
    CodeBlock init;
    if (operation.returnsVoid()) {
      init = CodeBlock.of("$T.none()", Types.RESPONSE_TYPE);
    } else if (operation.returnKind() == OperationPlan.ReturnKind.BYTES) {
      init = CodeBlock.of("$T.bytes()", Types.RESPONSE_TYPE);
    } else if (operation.returnKind() == OperationPlan.ReturnKind.TEXT) {
      init = CodeBlock.of("$T.text()", Types.RESPONSE_TYPE);
    } else if (boxed instanceof ClassName plain) {
      init = CodeBlock.of("$T.of($T.class)", Types.RESPONSE_TYPE, plain);
    } else {
      init = CodeBlock.of("new $T<$T>() {}", Types.RESPONSE_TYPE, boxed);
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(Types.RESPONSE_TYPE, boxed),
            operation.responseConstantName(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(init)
        .build();
  }

  private static MethodSpec delegate(OperationPlan operation, boolean async, boolean withOptions) {
    MethodSpec.Builder method =
        ClientInterfaceEmitter.signature(operation, async, withOptions, false)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder arguments = CodeBlock.builder();
    List<String> names = new ArrayList<>();
    operation.positional().forEach(p -> names.add(p.javaName()));
    if (operation.body() != null) {
      names.add(operation.body().javaName());
    }
    for (int i = 0; i < names.size(); i++) {
      arguments.add(i == 0 ? "$L" : ",$W$L", names.get(i));
    }
    if (operation.options() != null) {
      String separator = names.isEmpty() ? "" : ",$W";
      if (withOptions) {
        arguments.add(
            separator + "$T.requireNonNull($L, $S)",
            OBJECTS,
            operation.optionsParam(),
            operation.optionsParam());
      } else {
        arguments.add(separator + "null");
      }
    }
    CodeBlock call = CodeBlock.of("$L($L)", operation.callMethodName(), arguments.build());
    if (async) {
      method.addStatement("return client.executeAsync($L)", call);
    } else if (operation.returnsVoid()) {
      method.addStatement("client.execute($L)", call);
    } else {
      method.addStatement("return client.execute($L)", call);
    }
    return method.build();
  }

  private static MethodSpec call(OperationPlan operation) {
    TypeName boxed = operation.returnType().box();
    ParameterizedTypeName callType = ParameterizedTypeName.get(Types.API_CALL, boxed);
    // Package-private: the ...AndWait methods of other clients build job calls with it.
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(operation.callMethodName())
            .addModifiers(Modifier.STATIC)
            .returns(callType);
    for (ParamPlan param : operation.positional()) {
      method.addParameter(ParameterSpec.builder(nullable(param.type()), param.javaName()).build());
    }
    if (operation.body() != null) {
      method.addParameter(
          ParameterSpec.builder(nullable(operation.body().type()), operation.body().javaName())
              .build());
    }
    if (operation.options() != null) {
      method.addParameter(
          ParameterSpec.builder(nullable(operation.options().name()), operation.optionsParam())
              .build());
    }

    String v = operation.checksVariable();
    CodeBlock.Builder checks = CodeBlock.builder();
    for (ParamPlan param : operation.positional()) {
      if (param.sensitive() && !param.checks().isEmpty()) {
        checks.addStatement("$L.sensitive($L)", v, Literals.string(param.wireName()));
      }
    }
    for (ParamPlan param : operation.positional()) {
      checks.add(
          CheckRenderer.render(
              v, Literals.string(param.wireName()), param.javaName(), param.checks(), 1));
    }
    if (operation.body() != null && !operation.body().nullable()) {
      checks.addStatement("$L.required($S, $L)", v, "body", operation.body().javaName());
    }
    CodeBlock rendered = checks.build();
    if (!rendered.isEmpty()) {
      method.addStatement(
          "$T $L = new $T($L)",
          Types.VIOLATIONS,
          v,
          Types.VIOLATIONS,
          Literals.string(operation.operationId()));
      method.addCode(rendered);
      method.addStatement("$L.throwIfAny()", v);
    }

    CodeBlock.Builder build =
        CodeBlock.builder()
            .add(
                "$T<$T> call =$W$T.builder($L,$W$L)",
                Types.API_CALL.nestedClass("Builder"),
                boxed,
                Types.API_CALL,
                operation.constantName(),
                operation.responseConstantName());
    build.indent().indent();
    for (ParamPlan param : operation.positional()) {
      build.add("\n").add(param(param, param.javaName()));
    }
    if (operation.body() != null) {
      build.add("\n").add(body(operation.body()));
    }
    build.add(";\n").unindent().unindent();
    method.addCode(build.build());
    if (operation.options() != null) {
      method.beginControlFlow("if ($L != null)", operation.optionsParam());
      CodeBlock.Builder options = CodeBlock.builder().add("call");
      options.indent().indent();
      for (int i = 0; i < operation.optional().size(); i++) {
        ParamPlan param = operation.optional().get(i);
        options
            .add(i == 0 ? "" : "\n")
            .add(param(param, operation.optionsParam() + "." + param.javaName() + "()"));
      }
      options.add(";\n").unindent().unindent();
      method.addCode(options.build());
      method.endControlFlow();
    }
    method.addStatement("return call.build()");
    return method.build();
  }

  /** {@code ...WithHeaders}: the exchange, then the typed headers. */
  private static MethodSpec withHeaders(OperationPlan operation, boolean withOptions) {
    HeadersPlan plan = operation.headers();
    MethodSpec.Builder method =
        Helpers.withHeaders(operation, withOptions, false)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC);
    List<String> arguments = new ArrayList<>();
    operation.positional().forEach(p -> arguments.add(p.javaName()));
    if (operation.body() != null) {
      arguments.add(operation.body().javaName());
    }
    if (operation.options() != null) {
      arguments.add(withOptions ? operation.optionsParam() : "null");
    }
    method.addStatement(
        "$T<$T> response = client.exchange($L($L))",
        Types.API_RESPONSE,
        operation.returnType().box(),
        operation.callMethodName(),
        String.join(", ", arguments));
    CodeBlock.Builder values = CodeBlock.builder();
    if (plan.bodyComponent() != null) {
      values.add("response.body()");
    }
    for (HeadersPlan.Header header : plan.headers()) {
      values.add(
          values.isEmpty()
              ? "$T.first(response.headers(), $L, $T.class)"
              : ",$W$T.first(response.headers(), $L, $T.class)",
          Types.HEADER_VALUES,
          Literals.string(header.name()),
          header.type());
    }
    method.addStatement("return new $T($L)", plan.resultType(), values.build());
    return method.build();
  }

  /** The {@code .body(...)} call: the value, or the multipart body built from it. */
  private static CodeBlock body(BodyPlan body) {
    String name = body.javaName();
    if (body.encoding() == BodyPlan.Encoding.MULTIPART) {
      CodeBlock.Builder parts = CodeBlock.builder().add("$T.builder()", Types.MULTIPART);
      parts.indent().indent();
      for (BodyPlan.Part part : body.parts()) {
        parts.add("\n.part($L, $L.$L())", Literals.string(part.name()), name, part.accessor());
      }
      parts.add("\n.build()").unindent().unindent();
      return body.nullable()
          ? CodeBlock.of(
              ".body($L == null ? null : $L, $L)",
              name,
              parts.build(),
              Literals.string(body.mediaType()))
          : CodeBlock.of(".body($L, $L)", parts.build(), Literals.string(body.mediaType()));
    }
    if (body.mediaType().equalsIgnoreCase("application/json")) {
      return CodeBlock.of(".body($L)", name);
    }
    return CodeBlock.of(".body($L, $L)", name, Literals.string(body.mediaType()));
  }

  private static FieldSpec jobFields(OperationPlan operation) {
    var job = operation.job();
    return FieldSpec.builder(
            Types.JOB_FIELDS,
            job.fieldsConstant(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(
            "new $T($L,$W$L,$W$L,$W$L,$W$L,$W$L,$W$L)",
            Types.JOB_FIELDS,
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
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$L" : ", $L", Literals.string(values.get(i)));
    }
    return list.add(")").build();
  }

  private static String nullableString(@Nullable String value) {
    return value == null ? "null" : Literals.string(value);
  }

  /** The pager, the job probe and waits, and the {@code ...AndWait} methods. */
  private static void helpers(TypeSpec.Builder type, OperationPlan operation) {
    if (operation.headers() != null) {
      for (boolean withOptions :
          operation.options() == null ? new boolean[] {false} : new boolean[] {false, true}) {
        type.addMethod(withHeaders(operation, withOptions));
      }
    }
    if (operation.pager() != null) {
      var pager = operation.pager();
      ClassName options = operation.options().name();
      for (boolean withOptions : new boolean[] {false, true}) {
        MethodSpec.Builder method =
            Helpers.pager(operation, withOptions, false)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC);
        CodeBlock start =
            withOptions
                ? CodeBlock.of(
                    "$T.requireNonNull($L, $S)",
                    OBJECTS,
                    operation.optionsParam(),
                    operation.optionsParam())
                : CodeBlock.of("$T.builder().build()", options);
        method.addStatement("$T first = $L", options, start);
        String fetch = Helpers.arguments(operation, false);
        // Offsets travel as long; an int32 offset parameter gets them back exactly or fails.
        CodeBlock offset =
            pager.offsetIsLong()
                ? CodeBlock.of("offset")
                : CodeBlock.of("$T.toIntExact(offset)", Math.class);
        method.addStatement(
            CodeBlock.builder()
                .add(
                    "return $T.offsetLimit("
                        + "first.$L() == null ? 0L : first.$L(),$W"
                        + "first.$L(),$W"
                        + "offset -> $L($L$Lfirst.toBuilder().$L(",
                    Types.PAGED,
                    pager.offsetComponent(),
                    pager.offsetComponent(),
                    pager.limitComponent(),
                    operation.methodName(),
                    fetch,
                    fetch.isEmpty() ? "" : ", ",
                    pager.offsetComponent())
                .add(offset)
                .add(
                    ").build()),$W" + "page -> page.$L(),$W" + "page -> $L)",
                    pager.itemsAccessor(),
                    pager.totalAccessor() == null ? "null" : "page." + pager.totalAccessor() + "()")
                .build());
        type.addMethod(method.build());
      }
    }
    if (operation.job() != null) {
      var job = operation.job();
      MethodSpec.Builder probe =
          MethodSpec.methodBuilder(job.probeMethod())
              .addModifiers(Modifier.STATIC)
              .returns(ParameterizedTypeName.get(Types.JOB_PROBE, operation.returnType().box()))
              .addParameter(Types.API_CLIENT, "client");
      List<String> callArguments = new ArrayList<>();
      for (ParamPlan param : operation.positional()) {
        if (param.javaName().equals(job.idParameter())) {
          callArguments.add("jobId");
        } else {
          probe.addParameter(
              ParameterSpec.builder(nullable(param.type()), param.javaName()).build());
          callArguments.add(param.javaName());
        }
      }
      if (operation.options() != null) {
        callArguments.add("null");
      }
      probe.addStatement(
          "return $L.probe(jobId -> client.execute($L($L)),$Wclient.codec())",
          job.fieldsConstant(),
          operation.callMethodName(),
          String.join(", ", callArguments));
      type.addMethod(probe.build());

      List<String> context = new ArrayList<>();
      context.add("client");
      for (ParamPlan param : operation.positional()) {
        if (!param.javaName().equals(job.idParameter())) {
          context.add(param.javaName());
        }
      }
      type.addMethod(
          Helpers.untilDone(operation, false)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addStatement(
                  "return waiter.await($L, $L($L))",
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
        probeArguments.add("client");
        probeArguments.addAll(waits.probeArguments());
        type.addMethod(
            Helpers.andWait(operation, withOptions, false)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement(
                    "$T response = $L($L)",
                    operation.returnType(),
                    operation.methodName(),
                    Helpers.arguments(operation, withOptions))
                .addStatement(
                    "$T jobId = $T.requireNonNull(response.$L(), $S)",
                    String.class,
                    OBJECTS,
                    waits.jobIdAccessor(),
                    "the response has no job id")
                .addStatement(
                    "return new $T<>(response,$Wwaiter.await(jobId,$W$T.$L($L)))",
                    Types.AWAITED,
                    waits.jobImplementation(),
                    waits.probeMethod(),
                    String.join(", ", probeArguments))
                .build());
      }
    }
  }

  private static CodeBlock param(ParamPlan param, String value) {
    String name = Literals.string(param.wireName());
    return switch (param.location()) {
      case PATH -> CodeBlock.of(".path($L, $L)", name, value);
      case QUERY ->
          isCollection(param.type()) && !param.explode()
              ? CodeBlock.of(".queryJoined($L, $L, $S)", name, value, ",")
              : CodeBlock.of(".query($L, $L)", name, value);
      case HEADER -> CodeBlock.of(".header($L, $L)", name, value);
      case COOKIE -> CodeBlock.of(".cookie($L, $L)", name, value);
    };
  }

  private static boolean isCollection(TypeName type) {
    return type instanceof ParameterizedTypeName p
        && (p.rawType().canonicalName().equals("java.util.List")
            || p.rawType().canonicalName().equals("java.util.Set"));
  }

  private static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(Types.NULLABLE).build());
  }
}
