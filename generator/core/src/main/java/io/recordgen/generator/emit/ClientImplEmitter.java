package io.recordgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.BodyPlan;
import io.recordgen.generator.plan.Check;
import io.recordgen.generator.plan.ClientPlan;
import io.recordgen.generator.plan.Compatibility;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.ParamPlan;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the package-private implementation of a client interface: one {@code OperationSpec}
 * and one {@code ResponseType} constant per operation, the fields of the {@code ApiClient} and of
 * the client-bound parameters (checked once, in the constructor), and per operation the abstract
 * method, which turns the input, already checked by its record, into the {@code ApiCall} that the
 * {@code ApiClient} exchanges.
 */
final class ClientImplEmitter {
  private ClientImplEmitter() {}

  static TypeSpec.Builder emit(ClientPlan plan) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plan.implementation())
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(plan.api())
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .addJavadoc("{@link $T} on an {@link $T}.\n", plan.api(), ExternalTypes.API_CLIENT);
    for (OperationPlan operation : plan.operations()) {
      type.addField(operationConstant(operation));
      type.addField(responseConstant(operation));
    }
    for (ClientPlan.Bound bound : plan.bound()) {
      addPatterns(type, bound.checks());
    }
    type.addField(
        FieldSpec.builder(
                ExternalTypes.API_CLIENT,
                plan.names().clientField(),
                Modifier.PRIVATE,
                Modifier.FINAL)
            .build());
    for (ClientPlan.Bound bound : plan.bound()) {
      type.addField(
          FieldSpec.builder(
                  Annotations.declared(bound.type(), !bound.required()),
                  bound.field(),
                  Modifier.PRIVATE,
                  Modifier.FINAL)
              .build());
    }
    type.addMethod(constructor(plan));
    for (OperationPlan operation : plan.operations()) {
      type.addMethod(withResponse(operation, plan.names().clientField()));
      type.addMethod(call(operation));
    }
    return type;
  }

  private static void addPatterns(TypeSpec.Builder type, List<Check> checks) {
    for (Check check : checks) {
      if (check instanceof Check.Matches matches) {
        type.addField(RecordEmitter.patternField(matches));
      } else if (check instanceof Check.EachItem each) {
        addPatterns(type, each.checks());
      }
    }
  }

  /** The constructor: the {@code ApiClient}, and the bound values, checked like parameters. */
  private static MethodSpec constructor(ClientPlan plan) {
    String parameter = plan.names().constructorParameter();
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(ExternalTypes.API_CLIENT, parameter)
            .addStatement(
                "$T.require($L, $S)",
                ExternalTypes.RUNTIME_LEVEL,
                Compatibility.RUNTIME_LEVEL,
                Compatibility.generatorVersion())
            .addStatement(
                "this.$L = $T.requireNonNull($L, $S)",
                plan.names().clientField(),
                ExternalTypes.OBJECTS,
                parameter,
                parameter);
    CodeBlock.Builder checks = CodeBlock.builder();
    String v = plan.names().violations();
    for (ClientPlan.Bound bound : plan.bound()) {
      constructor.addParameter(
          Annotations.declared(bound.type(), !bound.required()), bound.parameter());
      if (bound.sensitive() && !bound.checks().isEmpty()) {
        checks.addStatement("$L.sensitive($L)", v, Literals.string(bound.wireName()));
      }
      checks.add(
          CheckRenderer.render(
              v, Literals.string(bound.wireName()), bound.parameter(), bound.checks()));
    }
    CodeBlock rendered = checks.build();
    if (!rendered.isEmpty()) {
      constructor
          .addStatement(
              "$T $L = new $T($L)",
              ExternalTypes.VIOLATIONS,
              v,
              ExternalTypes.VIOLATIONS,
              Literals.string(plan.api().simpleName()))
          .addCode(rendered)
          .addStatement("$L.throwIfAny()", v);
    }
    for (ClientPlan.Bound bound : plan.bound()) {
      constructor.addStatement("this.$L = $L", bound.field(), bound.parameter());
    }
    return constructor.build();
  }

  private static FieldSpec operationConstant(OperationPlan operation) {
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.of($L,$W$S,$W$L)$>$>",
                ExternalTypes.OPERATION_SPEC,
                Literals.string(operation.id().operationId()),
                operation.id().httpMethod(),
                Literals.string(operation.id().path()));
    OperationPlan.Transport transport = operation.transport();
    if (transport.idempotentOverride() != null) {
      init.add("\n.withIdempotent($L)", transport.idempotentOverride());
    }
    if (transport.idempotencyKey() != null) {
      init.add("\n.withIdempotencyKey($L)", Literals.string(transport.idempotencyKey()));
    }
    if (transport.errorCode() != null || transport.errorMessage() != null) {
      init.add(
          "\n.withErrorFields($L,$W$L)",
          transport.errorCode() == null ? "null" : Literals.string(transport.errorCode()),
          transport.errorMessage() == null ? "null" : Literals.string(transport.errorMessage()));
    }
    if (!transport.security().isEmpty()) {
      init.add("\n.withSecurity(");
      for (int i = 0; i < transport.security().size(); i++) {
        init.add(i == 0 ? "$L" : ",$W$L", Literals.string(transport.security().get(i)));
      }
      init.add(")");
    }
    init.add("$<$<");
    return FieldSpec.builder(
            ExternalTypes.OPERATION_SPEC,
            operation.methods().constant(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  private static FieldSpec responseConstant(OperationPlan operation) {
    TypeName boxed = operation.outcome().type().box();
    CodeBlock init =
        switch (operation.outcome().kind()) {
          case NONE -> CodeBlock.of("$T.none()", ExternalTypes.RESPONSE_TYPE);
          case DOWNLOAD -> CodeBlock.of("$T.download()", ExternalTypes.RESPONSE_TYPE);
          case EVENTS -> CodeBlock.of("$T.events()", ExternalTypes.RESPONSE_TYPE);
          case TEXT -> CodeBlock.of("$T.text()", ExternalTypes.RESPONSE_TYPE);
          case JSON ->
              boxed instanceof ClassName plain
                  ? CodeBlock.of("$T.of($T.class)", ExternalTypes.RESPONSE_TYPE, plain)
                  : CodeBlock.of("new $T<$T>() {}", ExternalTypes.RESPONSE_TYPE, boxed);
        };
    return FieldSpec.builder(
            ParameterizedTypeName.get(ExternalTypes.RESPONSE_TYPE, boxed),
            operation.methods().responseConstant(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(init)
        .build();
  }

  /** The abstract method: the operation's call, exchanged. */
  private static MethodSpec withResponse(OperationPlan operation, String client) {
    OperationPlan.Variables v = operation.variables();
    return ClientInterfaceEmitter.withResponse(operation)
        .addAnnotation(Annotations.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .addStatement(
            "return $L.exchange($L($L), $L)",
            client,
            operation.methods().call(),
            v.input(),
            v.options())
        .build();
  }

  /**
   * The input's values into an {@code ApiCall}; package-private, for the asynchronous
   * implementation too.
   */
  private static MethodSpec call(OperationPlan operation) {
    OperationPlan.Variables v = operation.variables();
    TypeName boxed = operation.outcome().type().box();
    CodeBlock.Builder build =
        CodeBlock.builder()
            .add(
                "return $T.builder($L,$W$L)",
                ExternalTypes.API_CALL,
                operation.methods().constant(),
                operation.methods().responseConstant());
    build.indent().indent();
    for (ParamPlan param : operation.params()) {
      build.add("\n").add(param(param, value(param, v.input())));
    }
    if (operation.body() != null) {
      build.add("\n").add(body(operation.body(), v.input()));
    }
    build.add("\n.build();\n").unindent().unindent();
    return MethodSpec.methodBuilder(operation.methods().call())
        .addJavadoc("The call that {@link #$L} performs.\n", operation.methods().withResponse())
        .addParameter(operation.inputType(), v.input())
        .returns(ParameterizedTypeName.get(ExternalTypes.API_CALL, boxed))
        .addStatement("$T.requireNonNull($L, $S)", ExternalTypes.OBJECTS, v.input(), v.input())
        .addCode(build.build())
        .build();
  }

  /** A parameter's value: the input's, or for a bound parameter the client's when it has none. */
  private static CodeBlock value(ParamPlan param, String input) {
    CodeBlock own = CodeBlock.of("$L.$L()", input, param.javaName());
    if (param.bound() == null) {
      return own;
    }
    return CodeBlock.of("$L == null ? $L : $L", own, param.bound(), own);
  }

  /** The {@code .body(...)} call: the value, or the multipart body built from it. */
  private static CodeBlock body(BodyPlan body, String input) {
    CodeBlock value = CodeBlock.of("$L.$L()", input, body.javaName());
    if (body.encoding() == BodyPlan.Encoding.MULTIPART) {
      CodeBlock.Builder parts = CodeBlock.builder().add("$T.builder()", ExternalTypes.MULTIPART);
      parts.indent().indent();
      for (BodyPlan.Part part : body.parts()) {
        parts.add("\n.part($L, $L.$L())", Literals.string(part.name()), value, part.accessor());
      }
      parts.add("\n.build()").unindent().unindent();
      return body.nullable()
          ? CodeBlock.of(
              ".body($L == null ? null : $L, $L)",
              value,
              parts.build(),
              Literals.string(body.mediaType()))
          : CodeBlock.of(".body($L, $L)", parts.build(), Literals.string(body.mediaType()));
    }
    if (!body.namesMediaType()) {
      return CodeBlock.of(".body($L)", value);
    }
    return CodeBlock.of(".body($L, $L)", value, Literals.string(body.mediaType()));
  }

  private static CodeBlock param(ParamPlan param, CodeBlock value) {
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
}
