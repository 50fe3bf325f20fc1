package io.recordgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ClientPlan;
import io.recordgen.generator.plan.ErrorPlan;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.ParamPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders the public client interface of a {@link ClientPlan}: per operation a blocking method
 * and an asynchronous one, each with an overload taking the optional parameters, and a static
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
                "$L\n\n<p>Create one with {@link #$L($T)}; it is thread-safe.\n",
                Javadoc.escape(plan.javadoc()),
                plan.names().create(),
                ExternalTypes.API_CLIENT);
    for (OperationPlan operation : plan.operations()) {
      for (boolean async : new boolean[] {false, true}) {
        type.addMethod(
            signature(operation, async, false, true)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .build());
        if (operation.options() != null) {
          type.addMethod(
              signature(operation, async, true, true)
                  .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                  .build());
        }
      }
      for (MethodSpec.Builder extra : Helpers.signatures(operation, true)) {
        type.addMethod(extra.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).build());
      }
    }
    String client = plan.names().createParameter();
    type.addMethod(
        MethodSpec.methodBuilder(plan.names().create())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ExternalTypes.API_CLIENT, client)
            .returns(plan.api())
            .addJavadoc(
                "Returns a client that performs these operations through {@code $L}."
                    + "\n\n@param $L the configured client (endpoint, auth, timeouts)\n"
                    + "@return the client\n",
                client,
                client)
            .addStatement("return new $T($L)", plan.implementation(), client)
            .build());
    return type;
  }

  /** The method's name, parameters, return type and Javadoc, shared with the implementation. */
  static MethodSpec.Builder signature(
      OperationPlan operation, boolean async, boolean withOptions, boolean documented) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(async ? operation.asyncMethodName() : operation.methodName());
    for (ParamPlan param : operation.positional()) {
      method.addParameter(
          ParameterSpec.builder(declared(param.type(), param.nullable()), param.javaName())
              .build());
    }
    if (operation.body() != null) {
      method.addParameter(
          ParameterSpec.builder(
                  declared(operation.body().type(), operation.body().nullable()),
                  operation.body().javaName())
              .build());
    }
    if (withOptions) {
      method.addParameter(operation.options().name(), operation.names().options());
    }
    method.returns(
        async
            ? ParameterizedTypeName.get(
                ExternalTypes.COMPLETABLE_FUTURE, operation.returnType().box())
            : operation.returnType());
    if (operation.deprecated()) {
      method.addAnnotation(Annotations.DEPRECATED);
    }
    if (documented) {
      method.addJavadoc(javadoc(operation, async, withOptions));
    }
    return method;
  }

  static TypeName declared(TypeName type, boolean nullable) {
    return Annotations.declared(type, nullable);
  }

  static CodeBlock javadoc(OperationPlan operation, boolean async, boolean withOptions) {
    if (async || withOptions) {
      return variantJavadoc(operation, async, withOptions);
    }
    CodeBlock.Builder doc = CodeBlock.builder();
    String text = Javadoc.sentence(Javadoc.escape(operation.javadoc()));
    doc.add(
        "$L\n\n",
        text.isEmpty()
            ? "Performs <code>" + Javadoc.escape(operation.operationId()) + "</code>."
            : Javadoc.wrap(text));
    doc.add("<p><code>$L $L</code>\n\n", operation.httpMethod(), Javadoc.escape(operation.path()));
    if (async) {
      doc.add(
          "<p>Asynchronous: the future fails with the exceptions the blocking variant "
              + "throws.\n\n");
    }
    for (ParamPlan param : operation.positional()) {
      doc.add(
          "@param $L $L\n",
          param.javaName(),
          Javadoc.wrap(paramDoc(param.javadoc(), param.wireName()), param.javaName().length() + 8));
    }
    if (operation.body() != null) {
      String body = Javadoc.escape(operation.body().javadoc());
      doc.add(
          "@param $L $L\n",
          operation.body().javaName(),
          body.isEmpty()
              ? "the request body"
              : Javadoc.wrap(body, operation.body().javaName().length() + 8));
    }
    if (withOptions) {
      doc.add(
          "@param $L optional parameters, see {@link $T}\n",
          operation.names().options(),
          operation.options().name());
    }
    if (!operation.returnsVoid() || async) {
      String returned = Javadoc.escape(operation.returnJavadoc());
      doc.add("@return $L\n", returned.isEmpty() ? "the response" : Javadoc.wrap(returned, 8));
    }
    if (!async) {
      Map<ClassName, List<String>> errors = new LinkedHashMap<>();
      for (ErrorPlan error : operation.errors()) {
        String status =
            error.status().equals("default")
                ? "any other status"
                : "status " + Javadoc.escape(error.status());
        errors
            .computeIfAbsent(error.exception(), e -> new ArrayList<>())
            .add(
                status
                    + (error.javadoc().isBlank()
                        ? ""
                        : " (" + Javadoc.escape(error.javadoc()) + ")"));
      }
      for (Map.Entry<ClassName, List<String>> error : errors.entrySet()) {
        doc.add(
            "@throws $T on $L\n",
            error.getKey(),
            Javadoc.wrap(
                String.join("; ", error.getValue()), error.getKey().simpleName().length() + 12));
      }
      if (!errors.containsKey(ExternalTypes.API_EXCEPTION)) {
        doc.add("@throws $T on any other error status\n", ExternalTypes.API_EXCEPTION);
      }
      doc.add(
          "@throws $T if a parameter breaks a spec constraint; nothing is sent\n",
          ExternalTypes.CONSTRAINT_VIOLATION);
      doc.add("@throws $T if no usable response arrives\n", ExternalTypes.TRANSPORT_EXCEPTION);
    }
    if (operation.deprecated()) {
      doc.add("@deprecated the spec marks this operation deprecated\n");
    }
    return doc.build();
  }

  /**
   * The Javadoc of an overload: what it adds to the operation's main method, which holds the
   * whole documentation, parameters and errors.
   */
  private static CodeBlock variantJavadoc(
      OperationPlan operation, boolean async, boolean withOptions) {
    String verb = withOptions ? "Performs" : "Starts";
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("$L {@link #$L($L)}", verb, operation.methodName(), linkParameters(operation));
    // Line breaks go where the rendered line would pass the width; types count by simple name.
    int column = verb.length() + operation.methodName().length() + 11 + linkWidth(operation);
    if (withOptions) {
      ClassName options = operation.options().name();
      // "with the optional parameters in {@link X}"
      int width = 40 + options.simpleName().length();
      boolean breaks = column + 1 + width > Javadoc.WIDTH;
      doc.add("$Lwith the optional parameters in {@link $T}", breaks ? "\n" : " ", options);
      column = breaks ? width : column + 1 + width;
    }
    if (async) {
      String clause = "asynchronously: the future fails with the exceptions that method throws.";
      doc.add("$L $L\n", withOptions ? "," : "", Javadoc.wrap(clause, column + 2));
    } else {
      doc.add(".\n");
    }
    if (withOptions) {
      doc.add("\n@param $L optional parameters\n", operation.names().options());
    }
    if (operation.deprecated()) {
      doc.add("@deprecated the spec marks this operation deprecated\n");
    }
    return doc.build();
  }

  /** The erased parameter types of the main method, for a {@code @link}. */
  private static CodeBlock linkParameters(OperationPlan operation) {
    CodeBlock.Builder types = CodeBlock.builder();
    List<TypeName> erased = erasedParameters(operation);
    for (int i = 0; i < erased.size(); i++) {
      types.add(i == 0 ? "$T" : ", $T", erased.get(i));
    }
    return types.build();
  }

  /** About how wide {@link #linkParameters} renders: simple names, as imports make them. */
  private static int linkWidth(OperationPlan operation) {
    int width = 0;
    for (TypeName type : erasedParameters(operation)) {
      width +=
          (width == 0 ? 0 : 2)
              + (type instanceof ClassName name ? name.simpleName() : type.toString()).length();
    }
    return width;
  }

  private static List<TypeName> erasedParameters(OperationPlan operation) {
    List<TypeName> erased = new ArrayList<>();
    for (ParamPlan param : operation.positional()) {
      erased.add(param.type());
    }
    if (operation.body() != null) {
      erased.add(operation.body().type());
    }
    for (int i = 0; i < erased.size(); i++) {
      TypeName type = erased.get(i).withoutAnnotations();
      erased.set(
          i, type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type);
    }
    return erased;
  }

  static String paramDoc(String javadoc, String wireName) {
    String text = Javadoc.escape(javadoc);
    return text.isEmpty() ? "the <code>" + Javadoc.escape(wireName) + "</code> parameter" : text;
  }
}
