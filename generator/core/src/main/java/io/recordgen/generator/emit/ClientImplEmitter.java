package io.recordgen.generator.emit;

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
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.ParamPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders the package-private implementation of a client interface: one {@code OperationSpec}
 * constant per operation, and per operation a private method that checks the positional
 * parameters and builds the {@code ApiCall} that the {@code ApiClient} performs.
 */
final class ClientImplEmitter {
  private static final ClassName OBJECTS = ExternalTypes.OBJECTS;

  private ClientImplEmitter() {}

  static TypeSpec.Builder emit(ClientPlan plan) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plan.implementation())
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(plan.api())
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .addJavadoc("{@link $T} on an {@link $T}.\n", plan.api(), ExternalTypes.API_CLIENT);
    Set<String> patterns = new HashSet<>();
    for (OperationPlan operation : plan.operations()) {
      type.addField(operationConstant(operation));
      type.addField(responseConstant(operation));
      if (operation.job() != null) {
        type.addField(ClientHelpersEmitter.jobFields(operation));
      }
      for (ParamPlan param : operation.positional()) {
        addPatterns(type, param.checks(), patterns);
      }
    }
    String field = plan.names().clientField();
    String parameter = plan.names().constructorParameter();
    type.addField(
        FieldSpec.builder(ExternalTypes.API_CLIENT, field, Modifier.PRIVATE, Modifier.FINAL)
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(ExternalTypes.API_CLIENT, parameter)
            .addStatement(
                "this.$L = $T.requireNonNull($L, $S)", field, OBJECTS, parameter, parameter)
            .build());
    for (OperationPlan operation : plan.operations()) {
      for (boolean async : new boolean[] {false, true}) {
        type.addMethod(delegate(operation, async, false, field));
        if (operation.options() != null) {
          type.addMethod(delegate(operation, async, true, field));
        }
      }
      type.addMethod(call(operation));
      ClientHelpersEmitter.helpers(type, operation, field);
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
                ExternalTypes.OPERATION_SPEC,
                Literals.string(operation.operationId()),
                operation.httpMethod(),
                Literals.string(operation.path()));
    if (operation.idempotentOverride() != null) {
      init.add("\n.withIdempotent($L)", operation.idempotentOverride());
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
            ExternalTypes.OPERATION_SPEC,
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
      init = CodeBlock.of("$T.none()", ExternalTypes.RESPONSE_TYPE);
    } else if (operation.returnKind() == OperationPlan.ReturnKind.BYTES) {
      init = CodeBlock.of("$T.bytes()", ExternalTypes.RESPONSE_TYPE);
    } else if (operation.returnKind() == OperationPlan.ReturnKind.TEXT) {
      init = CodeBlock.of("$T.text()", ExternalTypes.RESPONSE_TYPE);
    } else if (boxed instanceof ClassName plain) {
      init = CodeBlock.of("$T.of($T.class)", ExternalTypes.RESPONSE_TYPE, plain);
    } else {
      init = CodeBlock.of("new $T<$T>() {}", ExternalTypes.RESPONSE_TYPE, boxed);
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(ExternalTypes.RESPONSE_TYPE, boxed),
            operation.responseConstantName(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(init)
        .build();
  }

  private static MethodSpec delegate(
      OperationPlan operation, boolean async, boolean withOptions, String client) {
    MethodSpec.Builder method =
        ClientInterfaceEmitter.signature(operation, async, withOptions, false)
            .addAnnotation(Annotations.OVERRIDE)
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
            operation.names().options(),
            operation.names().options());
      } else {
        arguments.add(separator + "null");
      }
    }
    CodeBlock call = CodeBlock.of("$L($L)", operation.callMethodName(), arguments.build());
    if (async) {
      method.addStatement("return $L.executeAsync($L)", client, call);
    } else if (operation.returnsVoid()) {
      method.addStatement("$L.execute($L)", client, call);
    } else {
      method.addStatement("return $L.execute($L)", client, call);
    }
    return method.build();
  }

  private static MethodSpec call(OperationPlan operation) {
    TypeName boxed = operation.returnType().box();
    ParameterizedTypeName callType = ParameterizedTypeName.get(ExternalTypes.API_CALL, boxed);
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
          ParameterSpec.builder(nullable(operation.options().name()), operation.names().options())
              .build());
    }

    String v = operation.names().violations();
    CodeBlock.Builder checks = CodeBlock.builder();
    for (ParamPlan param : operation.positional()) {
      if (param.sensitive() && !param.checks().isEmpty()) {
        checks.addStatement("$L.sensitive($L)", v, Literals.string(param.wireName()));
      }
    }
    for (ParamPlan param : operation.positional()) {
      checks.add(
          CheckRenderer.render(
              v, Literals.string(param.wireName()), param.javaName(), param.checks()));
    }
    if (operation.body() != null && !operation.body().nullable()) {
      checks.addStatement("$L.required($S, $L)", v, "body", operation.body().javaName());
    }
    CodeBlock rendered = checks.build();
    if (!rendered.isEmpty()) {
      method.addStatement(
          "$T $L = new $T($L)",
          ExternalTypes.VIOLATIONS,
          v,
          ExternalTypes.VIOLATIONS,
          Literals.string(operation.operationId()));
      method.addCode(rendered);
      method.addStatement("$L.throwIfAny()", v);
    }

    String call = operation.names().call();
    CodeBlock.Builder build =
        CodeBlock.builder()
            .add(
                "$T<$T> $L =$W$T.builder($L,$W$L)",
                ExternalTypes.API_CALL_BUILDER,
                boxed,
                call,
                ExternalTypes.API_CALL,
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
      method.beginControlFlow("if ($L != null)", operation.names().options());
      CodeBlock.Builder options = CodeBlock.builder().add("$L", call);
      options.indent().indent();
      for (int i = 0; i < operation.optional().size(); i++) {
        ParamPlan param = operation.optional().get(i);
        options
            .add(i == 0 ? "" : "\n")
            .add(param(param, operation.names().options() + "." + param.javaName() + "()"));
      }
      options.add(";\n").unindent().unindent();
      method.addCode(options.build());
      method.endControlFlow();
    }
    method.addStatement("return $L.build()", call);
    return method.build();
  }

  /** The {@code .body(...)} call: the value, or the multipart body built from it. */
  private static CodeBlock body(BodyPlan body) {
    String name = body.javaName();
    if (body.encoding() == BodyPlan.Encoding.MULTIPART) {
      CodeBlock.Builder parts = CodeBlock.builder().add("$T.builder()", ExternalTypes.MULTIPART);
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
    if (!body.namesMediaType()) {
      return CodeBlock.of(".body($L)", name);
    }
    return CodeBlock.of(".body($L, $L)", name, Literals.string(body.mediaType()));
  }

  private static CodeBlock param(ParamPlan param, String value) {
    String name = Literals.string(param.wireName());
    return switch (param.location()) {
      case PATH -> CodeBlock.of(".path($L, $L)", name, value);
      case QUERY ->
          param.joined()
              ? CodeBlock.of(".queryJoined($L, $L, $S)", name, value, ",")
              : CodeBlock.of(".query($L, $L)", name, value);
      case HEADER -> CodeBlock.of(".header($L, $L)", name, value);
      case COOKIE -> CodeBlock.of(".cookie($L, $L)", name, value);
    };
  }

  static TypeName nullable(TypeName type) {
    return Annotations.nullable(type);
  }
}
