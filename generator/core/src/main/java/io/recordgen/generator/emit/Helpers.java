package io.recordgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.ParamPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Signatures of the methods generated on top of an operation: the pager ({@code ...All}), the
 * job wait of the operation that shows jobs ({@code ...UntilDone}) and the wait of operations
 * that start a job ({@code ...AndWait}).
 */
final class Helpers {
  private Helpers() {}

  /** Every helper signature of {@code operation}, each with and without options. */
  static List<MethodSpec.Builder> signatures(OperationPlan operation, boolean documented) {
    List<MethodSpec.Builder> methods = new ArrayList<>();
    if (operation.pager() != null) {
      methods.add(pager(operation, false, documented));
      methods.add(pager(operation, true, documented));
    }
    if (operation.job() != null) {
      methods.add(untilDone(operation, documented));
    }
    if (operation.waits() != null) {
      methods.add(andWait(operation, false, documented));
      if (operation.options() != null) {
        methods.add(andWait(operation, true, documented));
      }
    }
    if (operation.headers() != null) {
      methods.add(withHeaders(operation, false, documented));
      if (operation.options() != null) {
        methods.add(withHeaders(operation, true, documented));
      }
    }
    return methods;
  }

  static MethodSpec.Builder withHeaders(
      OperationPlan operation, boolean withOptions, boolean documented) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(operation.headers().methodName())
            .returns(operation.headers().resultType());
    positional(method, operation, withOptions);
    if (documented) {
      CodeBlock.Builder doc =
          CodeBlock.builder()
              .add(
                  "Performs {@link #$L} and returns the response headers the spec declares\n"
                      + "with the body.\n\n",
                  operation.methodName());
      paramDocs(doc, operation, withOptions);
      doc.add("@return the body and the headers\n")
          .add(
              "@throws $T if a declared header has a value of another type\n",
              ExternalTypes.DECODING_EXCEPTION);
      method.addJavadoc(doc.build());
    }
    return method;
  }

  static MethodSpec.Builder pager(
      OperationPlan operation, boolean withOptions, boolean documented) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(operation.pager().methodName())
            .returns(ParameterizedTypeName.get(ExternalTypes.PAGED, operation.pager().itemType()));
    positional(method, operation, withOptions);
    if (documented) {
      CodeBlock.Builder doc =
          CodeBlock.builder()
              .add(
                  "Every item of {@link #$L}, across all pages,\nfetched a page at a time as "
                      + "iteration reaches it.\n\n",
                  operation.methodName())
              .add(
                  "<p>Paging starts at the offset of the parameters (or 0) and stops at an empty "
                      + "page or the total\ncount; nothing is sent until iteration starts, and errors "
                      + "surface from iteration.\n\n");
      paramDocs(doc, operation, withOptions);
      doc.add("@return the items, iterable or as a stream\n");
      method.addJavadoc(doc.build());
    }
    return method;
  }

  static MethodSpec.Builder untilDone(OperationPlan operation, boolean documented) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(operation.job().untilDoneMethod()).returns(operation.returnType());
    positional(method, operation, false);
    method.addParameter(ExternalTypes.JOB_WAITER, operation.names().waiter());
    if (documented) {
      CodeBlock.Builder doc =
          CodeBlock.builder()
              .add(
                  "Polls {@link #$L} until the job completes or fails.\n\n",
                  operation.methodName());
      paramDocs(doc, operation, false);
      doc.add(
              "@param $L polling intervals, timeout and progress callback\n",
              operation.names().waiter())
          .add("@return the completed job\n")
          .add("@throws $T if the job fails\n", ExternalTypes.JOB_FAILED)
          .add("@throws $T if the job does not end in time\n", ExternalTypes.JOB_TIMEOUT);
      method.addJavadoc(doc.build());
    }
    return method;
  }

  static MethodSpec.Builder andWait(
      OperationPlan operation, boolean withOptions, boolean documented) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(operation.waits().methodName())
            .returns(
                ParameterizedTypeName.get(
                    ExternalTypes.AWAITED,
                    operation.returnType().box(),
                    operation.waits().jobType().box()));
    positional(method, operation, withOptions);
    method.addParameter(ExternalTypes.JOB_WAITER, operation.names().waiter());
    if (documented) {
      CodeBlock.Builder doc =
          CodeBlock.builder()
              .add(
                  "Performs {@link #$L}, then waits for the job it starts.\n\n",
                  operation.methodName());
      paramDocs(doc, operation, withOptions);
      doc.add(
              "@param $L polling intervals, timeout and progress callback\n",
              operation.names().waiter())
          .add("@return the response and the completed job\n")
          .add("@throws $T if the job fails\n", ExternalTypes.JOB_FAILED)
          .add("@throws $T if the job does not end in time\n", ExternalTypes.JOB_TIMEOUT);
      method.addJavadoc(doc.build());
    }
    return method;
  }

  /** The operation's positional parameters, body and (optionally) options. */
  private static void positional(
      MethodSpec.Builder method, OperationPlan operation, boolean withOptions) {
    for (ParamPlan param : operation.positional()) {
      method.addParameter(
          ParameterSpec.builder(
                  ClientInterfaceEmitter.declared(param.type(), param.nullable()), param.javaName())
              .build());
    }
    if (operation.body() != null) {
      method.addParameter(
          ParameterSpec.builder(
                  ClientInterfaceEmitter.declared(
                      operation.body().type(), operation.body().nullable()),
                  operation.body().javaName())
              .build());
    }
    if (withOptions) {
      method.addParameter(operation.options().name(), operation.names().options());
    }
  }

  private static void paramDocs(
      CodeBlock.Builder doc, OperationPlan operation, boolean withOptions) {
    for (ParamPlan param : operation.positional()) {
      doc.add(
          "@param $L $L\n",
          param.javaName(),
          Javadoc.wrap(
              ClientInterfaceEmitter.paramDoc(param.javadoc(), param.wireName()),
              param.javaName().length() + 8));
    }
    if (operation.body() != null) {
      doc.add("@param $L the request body\n", operation.body().javaName());
    }
    if (withOptions) {
      doc.add(
          "@param $L optional parameters, see {@link $T}\n",
          operation.names().options(),
          operation.options().name());
    }
  }

  /** The argument list of a call of the operation's own methods. */
  static String arguments(OperationPlan operation, boolean withOptions) {
    List<String> names = new ArrayList<>();
    operation.positional().forEach(p -> names.add(p.javaName()));
    if (operation.body() != null) {
      names.add(operation.body().javaName());
    }
    if (withOptions) {
      names.add(operation.names().options());
    }
    return String.join(", ", names);
  }
}
