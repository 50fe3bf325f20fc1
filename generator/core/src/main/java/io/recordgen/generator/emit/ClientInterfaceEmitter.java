package io.recordgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ClientPlan;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the public client interface of a {@link ClientPlan}: per operation exactly one abstract
 * method, {@code <op>WithResponse(input, options)}, and every convenience as a {@code default}
 * method on top of it, so that a fake implements one method per operation; and the static
 * factory, so users only ever see the interface.
 */
final class ClientInterfaceEmitter {
  private ClientInterfaceEmitter() {}

  static TypeSpec.Builder emit(ClientPlan plan) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(plan.api())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Annotations.GENERATED_ANNOTATION)
            .addJavadoc(
                "$L\n\n<p>Create one with {@link #$L}; it is thread-safe. Each operation has one"
                    + " abstract method,\n{@code ...WithResponse}, which a fake or a mock"
                    + " implements; the others are defaults\non top of it.\n",
                Javadoc.wrap(Javadoc.escape(plan.javadoc())),
                plan.names().create());
    for (OperationPlan operation : plan.operations()) {
      type.addMethod(
          withResponse(operation)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addJavadoc(OperationJavadoc.withResponse(operation))
              .build());
      Conveniences.add(type, operation);
      JobMethods.add(type, operation);
    }
    type.addMethod(create(plan, plan.api(), plan.implementation()));
    return type;
  }

  /** The abstract method's signature, which the implementation overrides. */
  static MethodSpec.Builder withResponse(OperationPlan operation) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(operation.methods().withResponse())
            .addParameter(operation.inputType(), operation.variables().input())
            .addParameter(ExternalTypes.CALL_OPTIONS, operation.variables().options())
            .returns(response(operation));
    if (operation.id().deprecated()) {
      method.addAnnotation(Annotations.DEPRECATED);
    }
    return method;
  }

  /** {@code ApiResponse<T>} of what the operation returns. */
  static TypeName response(OperationPlan operation) {
    return ParameterizedTypeName.get(ExternalTypes.API_RESPONSE, operation.outcome().type().box());
  }

  /**
   * {@code create(client, bound...)}: the implementation, hidden behind the interface.
   *
   * @param api the interface the factory returns
   * @param implementation the class it creates
   */
  static MethodSpec create(ClientPlan plan, ClassName api, ClassName implementation) {
    String client = plan.names().createParameter();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(plan.names().create())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ExternalTypes.API_CLIENT, client)
            .returns(api);
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("Returns a client that performs these operations through {@code $L}", client);
    if (!plan.bound().isEmpty()) {
      doc.add(
          ",\nwith the parameters every call shares; a call's input may still set another value");
    }
    doc.add(".\n\n@param $L the configured client (endpoint, auth, timeouts)\n", client);
    List<String> arguments = new ArrayList<>();
    arguments.add(client);
    for (ClientPlan.Bound bound : plan.bound()) {
      method.addParameter(Annotations.declared(bound.type(), !bound.required()), bound.parameter());
      arguments.add(bound.parameter());
      String text = Javadoc.escape(bound.javadoc());
      doc.add(
          "@param $L $L\n",
          bound.parameter(),
          Javadoc.wrap(
              text.isEmpty()
                  ? "the <code>" + Javadoc.escape(bound.wireName()) + "</code> of every call"
                  : text,
              bound.parameter().length() + 8));
    }
    doc.add("@return the client\n");
    if (plan.bound().stream().anyMatch(b -> !b.checks().isEmpty())) {
      doc.add(
          "@throws $T if a parameter breaks a spec constraint\n",
          ExternalTypes.CONSTRAINT_VIOLATION);
    }
    return method
        .addJavadoc(doc.build())
        .addStatement("return new $T($L)", implementation, String.join(", ", arguments))
        .build();
  }
}
