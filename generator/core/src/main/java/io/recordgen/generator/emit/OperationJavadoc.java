package io.recordgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.recordgen.generator.plan.ComponentPlan;
import io.recordgen.generator.plan.ErrorPlan;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Javadoc of an operation's methods. The abstract {@code ...WithResponse} method holds the
 * whole documentation, the errors included; each convenience says what it adds and links to it.
 * Links name methods without their parameters, which is unambiguous: the planner gives every
 * method of an operation its own name, apart from the overloads of one convenience.
 */
final class OperationJavadoc {
  private OperationJavadoc() {}

  /** The abstract method's documentation: the operation, its input, options, response, errors. */
  static CodeBlock withResponse(OperationPlan operation) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String text = Javadoc.sentence(Javadoc.escape(operation.id().javadoc()));
    doc.add(
        "$L\n\n",
        text.isEmpty()
            ? "Performs <code>" + Javadoc.escape(operation.id().operationId()) + "</code>."
            : Javadoc.wrap(text));
    doc.add(
        "<p><code>$L $L</code>\n\n",
        operation.id().httpMethod(),
        Javadoc.escape(operation.id().path()));
    OperationPlan.Variables v = operation.variables();
    doc.add(
        "@param $L $L, see {@link $T}\n", v.input(), inputWhat(operation), operation.inputType());
    doc.add(
        "@param $L this call's deadline, headers, retries and attributes;\n"
            + "    {@link $T#none()} for the client's own\n",
        v.options(),
        ExternalTypes.CALL_OPTIONS);
    String returned = Javadoc.escape(operation.outcome().javadoc());
    String body =
        operation.outcome().returnsVoid()
            ? "no body"
            : returned.isEmpty() ? "the decoded body" : "the body: " + returned;
    doc.add(
        "@return $L\n",
        Javadoc.wrap("the status, headers and request id with " + body + streamed(operation), 8));
    if (operation.outcome().headers() != null) {
      doc.add(
          "    (the headers the spec declares are read with {@link $T})\n",
          operation.outcome().headers().name());
    }
    throwsClauses(doc, operation);
    deprecated(doc, operation);
    return doc.build();
  }

  /** The {@code @throws} of an operation: its documented errors, then the others it can meet. */
  private static void throwsClauses(CodeBlock.Builder doc, OperationPlan operation) {
    Map<ClassName, List<String>> errors = new LinkedHashMap<>();
    for (ErrorPlan error : operation.outcome().errors()) {
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
    if (!operation.outcome().returnsVoid()) {
      doc.add(
          "@throws $T if the body does not decode; it keeps the status, headers and\n"
              + "    raw body\n",
          ExternalTypes.DECODING_EXCEPTION);
    }
    doc.add("@throws $T if no usable response arrives\n", ExternalTypes.TRANSPORT_EXCEPTION);
  }

  /** A convenience's opening: what it does in terms of the abstract method. */
  static CodeBlock convenience(OperationPlan operation, String what) {
    return CodeBlock.of(
        "$L\n\n",
        Javadoc.wrap(
            Javadoc.sentence(
                what.replace("#WR", "{@link #" + operation.methods().withResponse() + "}"))));
  }

  /** The {@code @param} of a component, as a convenience takes it positionally. */
  static CodeBlock component(ComponentPlan component) {
    return CodeBlock.of(
        "@param $L $L\n",
        component.javaName(),
        Javadoc.wrap(RecordEmitter.componentDoc(component), component.javaName().length() + 8));
  }

  /** The {@code @param} of the input, for conveniences that take it whole. */
  static CodeBlock input(OperationPlan operation) {
    return CodeBlock.of("@param $L $L\n", operation.variables().input(), inputWhat(operation));
  }

  /** What an input holds: its parameters, and the body when the operation sends one. */
  private static String inputWhat(OperationPlan operation) {
    return operation.body() == null ? "the parameters" : "the parameters and the body";
  }

  /** The {@code @param} of the call options. */
  static CodeBlock options(OperationPlan operation) {
    return CodeBlock.of("@param $L this call's options\n", operation.variables().options());
  }

  /** The {@code @return} of a method that returns the body. */
  static CodeBlock body(OperationPlan operation) {
    if (operation.outcome().returnsVoid()) {
      return CodeBlock.of("");
    }
    String returned = Javadoc.escape(operation.outcome().javadoc());
    return CodeBlock.of(
        "@return $L\n",
        Javadoc.wrap(
            (returned.isEmpty() ? "the decoded body" : returned) + streamed(operation), 8));
  }

  /** What a streamed body asks of the caller, or nothing. */
  private static String streamed(OperationPlan operation) {
    return switch (operation.outcome().kind()) {
      case DOWNLOAD -> "; the body stays on the connection until it is read or closed";
      case EVENTS -> "; the events arrive as they are read, until the stream is closed";
      default -> "";
    };
  }

  /** {@code @deprecated}, for an operation the spec deprecates. */
  static void deprecated(CodeBlock.Builder doc, OperationPlan operation) {
    if (operation.id().deprecated()) {
      doc.add("@deprecated the spec marks this operation deprecated\n");
    }
  }
}
