package io.recordgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ClientPlan;
import io.recordgen.generator.plan.ComponentPlan;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.RecordPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the asynchronous client of a {@link ClientPlan}: an interface whose methods return
 * {@code CompletableFuture}s, with one abstract method per operation and the conveniences that
 * return the body as defaults, and its implementation, which takes each call from the blocking
 * implementation and hands it to {@code ApiClient.exchangeAsync}. Paging and job waits stay on
 * the blocking interface.
 */
final class AsyncClientEmitter {
  private AsyncClientEmitter() {}

  static TypeSpec.Builder emitInterface(ClientPlan plan) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(plan.asyncApi())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .addJavadoc(
                "{@link $T} without blocking: no thread waits while a call is in flight or"
                    + " between its\nattempts, and cancelling a future aborts its exchange and"
                    + " every attempt still to come.\nA future completes on the client's"
                    + " executor; callbacks that block belong on an executor\nof your own"
                    + " ({@code thenApplyAsync(fn, executor)}).\n\n<p>Create one with {@link"
                    + " #$L}; it is thread-safe. Each operation has one abstract method,\n{@code"
                    + " ...WithResponse}, which a fake or a mock implements; the others are"
                    + " defaults\non top of it.\n",
                plan.api(),
                plan.names().create());
    for (OperationPlan operation : plan.operations()) {
      type.addMethod(
          withResponse(operation)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addJavadoc(javadoc(plan, operation))
              .build());
      type.addMethod(positional(operation));
      type.addMethod(plain(operation));
    }
    type.addMethod(
        ClientInterfaceEmitter.create(plan, plan.asyncApi(), plan.asyncImplementation()));
    return type;
  }

  static TypeSpec.Builder emitImplementation(ClientPlan plan) {
    ClientPlan.Names names = plan.names();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(plan.asyncImplementation())
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(plan.asyncApi())
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .addJavadoc(
                "{@link $T} on an {@link $T},\nwith the calls of {@link $T}.\n",
                plan.asyncApi(),
                ExternalTypes.API_CLIENT,
                plan.implementation())
            .addField(
                FieldSpec.builder(
                        ExternalTypes.API_CLIENT,
                        names.clientField(),
                        Modifier.PRIVATE,
                        Modifier.FINAL)
                    .build())
            .addField(
                FieldSpec.builder(
                        plan.implementation(), names.calls(), Modifier.PRIVATE, Modifier.FINAL)
                    .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(ExternalTypes.API_CLIENT, names.constructorParameter());
    List<String> arguments = new ArrayList<>();
    arguments.add(names.constructorParameter());
    for (ClientPlan.Bound bound : plan.bound()) {
      constructor.addParameter(
          Annotations.declared(bound.type(), !bound.required()), bound.parameter());
      arguments.add(bound.parameter());
    }
    constructor
        .addStatement(
            "this.$L = new $T($L)",
            names.calls(),
            plan.implementation(),
            String.join(", ", arguments))
        .addStatement("this.$L = $L", names.clientField(), names.constructorParameter());
    type.addMethod(constructor.build());
    for (OperationPlan operation : plan.operations()) {
      OperationPlan.Variables v = operation.variables();
      type.addMethod(
          withResponse(operation)
              .addAnnotation(Annotations.OVERRIDE)
              .addModifiers(Modifier.PUBLIC)
              .addStatement(
                  "return $L.exchangeAsync($L.$L($L), $L)",
                  names.clientField(),
                  names.calls(),
                  operation.methods().call(),
                  v.input(),
                  v.options())
              .build());
    }
    return type;
  }

  /** The abstract method's signature. */
  private static MethodSpec.Builder withResponse(OperationPlan operation) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(operation.methods().withResponse())
            .addParameter(operation.inputType(), operation.variables().input())
            .addParameter(ExternalTypes.CALL_OPTIONS, operation.variables().options())
            .returns(future(ClientInterfaceEmitter.response(operation)));
    if (operation.id().deprecated()) {
      method.addAnnotation(Annotations.DEPRECATED);
    }
    return method;
  }

  private static TypeName future(TypeName of) {
    return ParameterizedTypeName.get(ExternalTypes.COMPLETABLE_FUTURE, of);
  }

  private static CodeBlock javadoc(ClientPlan plan, OperationPlan operation) {
    // Linked through $T, so that a model type of the same simple name cannot capture the link.
    CodeBlock blocking =
        CodeBlock.of("{@link $T#$L}", plan.api(), operation.methods().withResponse());
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("$L without blocking.\n\n", blocking)
            .add(OperationJavadoc.input(operation))
            .add(OperationJavadoc.options(operation))
            .add(
                "@return the status, headers and request id with the body, when they arrive;"
                    + " the future\n    fails with the exceptions $L throws\n",
                blocking);
    OperationJavadoc.deprecated(doc, operation);
    return doc.build();
  }

  /** {@code <op>(required...)}: the required parameters and the body, positionally. */
  private static MethodSpec positional(OperationPlan operation) {
    RecordPlan input = operation.input();
    MethodSpec.Builder method = Conveniences.method(operation.methods().plain(), operation);
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
            operation,
            "Performs #WR with "
                + (input.factory().components().isEmpty()
                    ? "no parameters"
                    : "only these parameters")
                + " and the client's own options; the future gives the body")
            .toBuilder();
    List<String> arguments = new ArrayList<>();
    for (String name : input.factory().components()) {
      ComponentPlan component = Conveniences.component(input, name);
      method.addParameter(Annotations.declared(component.type(), component.nullable()), name);
      doc.add(OperationJavadoc.component(component));
      arguments.add(name);
    }
    doc.add(futureOfBody(operation));
    OperationJavadoc.deprecated(doc, operation);
    return method
        .returns(future(operation.outcome().type().box()))
        .addJavadoc(doc.build())
        .addStatement(
            "return $L($T.$L($L))",
            operation.methods().plain(),
            input.name(),
            input.factory().name(),
            String.join(", ", arguments))
        .build();
  }

  /** {@code <op>(input)}: the whole input, with the client's own options. */
  private static MethodSpec plain(OperationPlan operation) {
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
                operation, "Performs #WR with the client's own options; the future gives the body")
            .toBuilder()
            .add(OperationJavadoc.input(operation))
            .add(futureOfBody(operation));
    OperationJavadoc.deprecated(doc, operation);
    return Conveniences.method(operation.methods().plain(), operation)
        .addParameter(operation.inputType(), operation.variables().input())
        .returns(future(operation.outcome().type().box()))
        .addJavadoc(doc.build())
        .addStatement(
            "return $L($L, $T.none()).thenApply($T::body)",
            operation.methods().withResponse(),
            operation.variables().input(),
            ExternalTypes.CALL_OPTIONS,
            ExternalTypes.API_RESPONSE)
        .build();
  }

  private static CodeBlock futureOfBody(OperationPlan operation) {
    return operation.outcome().returnsVoid()
        ? CodeBlock.of("@return a future that completes when the call succeeds\n")
        : CodeBlock.of("@return a future of the body\n");
  }
}
