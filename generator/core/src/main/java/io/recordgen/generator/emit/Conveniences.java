package io.recordgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.recordgen.generator.plan.ComponentPlan;
import io.recordgen.generator.plan.ExternalTypes;
import io.recordgen.generator.plan.OperationPlan;
import io.recordgen.generator.plan.PagerPlan;
import io.recordgen.generator.plan.RecordPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the {@code default} methods that return an operation's body: {@code <op>(required...)}
 * and {@code <op>(input)}, and for list operations that page, {@code <op>Pages(input, options)}
 * and {@code <op>All(input)}.
 */
final class Conveniences {
  private Conveniences() {}

  static void add(TypeSpec.Builder type, OperationPlan operation) {
    type.addMethod(positional(operation));
    type.addMethod(plain(operation));
    if (operation.pager() != null) {
      type.addMethod(pages(operation));
      type.addMethod(all(operation));
    }
  }

  /** A {@code default} method of the interface. */
  static MethodSpec.Builder method(String name, OperationPlan operation) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT);
    if (operation.id().deprecated()) {
      method.addAnnotation(Annotations.DEPRECATED);
    }
    return method;
  }

  /** {@code <op>(required...)}: the required parameters and the body, positionally. */
  private static MethodSpec positional(OperationPlan operation) {
    RecordPlan input = operation.input();
    MethodSpec.Builder method = method(operation.methods().plain(), operation);
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
            operation,
            "Performs #WR with "
                + (input.factory().components().isEmpty()
                    ? "no parameters"
                    : "only these parameters")
                + " and the client's own options, and returns the body")
            .toBuilder();
    List<String> arguments = new ArrayList<>();
    for (String name : input.factory().components()) {
      ComponentPlan component = component(input, name);
      method.addParameter(Annotations.declared(component.type(), component.nullable()), name);
      doc.add(OperationJavadoc.component(component));
      arguments.add(name);
    }
    doc.add(OperationJavadoc.body(operation));
    OperationJavadoc.deprecated(doc, operation);
    CodeBlock call =
        CodeBlock.of(
            "$L($T.$L($L))",
            operation.methods().plain(),
            input.name(),
            input.factory().name(),
            String.join(", ", arguments));
    return returning(method, operation, call).addJavadoc(doc.build()).build();
  }

  /** {@code <op>(input)}: the whole input, with the client's own options. */
  private static MethodSpec plain(OperationPlan operation) {
    MethodSpec.Builder method =
        method(operation.methods().plain(), operation)
            .addParameter(operation.inputType(), operation.variables().input());
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
                operation, "Performs #WR with the client's own options, and returns the body")
            .toBuilder()
            .add(OperationJavadoc.input(operation))
            .add(OperationJavadoc.body(operation));
    OperationJavadoc.deprecated(doc, operation);
    CodeBlock call =
        CodeBlock.of(
            "$L($L, $T.none())$L",
            operation.methods().withResponse(),
            operation.variables().input(),
            ExternalTypes.CALL_OPTIONS,
            operation.outcome().returnsVoid() ? "" : ".body()");
    return returning(method, operation, call).addJavadoc(doc.build()).build();
  }

  /** The method's return type and its one statement, which returns {@code call} unless void. */
  private static MethodSpec.Builder returning(
      MethodSpec.Builder method, OperationPlan operation, CodeBlock call) {
    if (operation.outcome().returnsVoid()) {
      return method.addStatement("$L", call);
    }
    return method.returns(operation.outcome().type()).addStatement("return $L", call);
  }

  /**
   * {@code <op>Pages(input, options)}: the pages from the input's offset, each with its response.
   * Offsets travel as {@code long}; an int32 offset parameter gets them back exactly or fails.
   */
  private static MethodSpec pages(OperationPlan operation) {
    PagerPlan pager = operation.pager();
    OperationPlan.Variables v = operation.variables();
    RecordPlan.Names names = operation.input().names();
    String input = v.input();
    CodeBlock offset =
        pager.offsetIsLong()
            ? CodeBlock.of("$L", v.offset())
            : CodeBlock.of("$T.toIntExact($L)", ExternalTypes.MATH, v.offset());
    CodeBlock total =
        pager.totalAccessor() == null
            ? CodeBlock.of("$L -> null", v.page())
            : CodeBlock.of("$T::$L", pager.pageType(), pager.totalAccessor());
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
                operation,
                "The pages of #WR from the input's offset (or 0), each with its response,"
                    + " fetched as iteration reaches it; paging stops at an empty page or the total"
                    + " count, and errors surface from iteration")
            .toBuilder()
            .add(OperationJavadoc.input(operation))
            .add(OperationJavadoc.options(operation))
            .add("@return the pages, iterable or as a stream; {@code items()} for the items\n");
    OperationJavadoc.deprecated(doc, operation);
    return method(pager.pagesMethod(), operation)
        .addParameter(operation.inputType(), input)
        .addParameter(ExternalTypes.CALL_OPTIONS, v.options())
        .returns(ParameterizedTypeName.get(ExternalTypes.PAGES, pager.pageType(), pager.itemType()))
        .addJavadoc(doc.build())
        .addStatement(
            "return $T.offsetLimit(\n$L.$L() == null ? 0L : $L.$L(),\n$L.$L(),\n"
                + "$L -> $L($L.$L().$L($L).$L(), $L),\n$T::$L,\n$L)",
            ExternalTypes.PAGES,
            input,
            pager.offsetComponent(),
            input,
            pager.offsetComponent(),
            input,
            pager.limitComponent(),
            v.offset(),
            operation.methods().withResponse(),
            input,
            names.toBuilderMethod(),
            pager.offsetComponent(),
            offset,
            names.build(),
            v.options(),
            pager.pageType(),
            pager.itemsAccessor(),
            total)
        .build();
  }

  /** {@code <op>All(input)}: every item across the pages. */
  private static MethodSpec all(OperationPlan operation) {
    PagerPlan pager = operation.pager();
    CodeBlock.Builder doc =
        OperationJavadoc.convenience(
                operation,
                "Every item of #WR across all pages from the input's offset, with the client's own"
                    + " options, fetched a page at a time as iteration reaches it")
            .toBuilder()
            .add(OperationJavadoc.input(operation))
            .add("@return the items, iterable or as a stream\n");
    OperationJavadoc.deprecated(doc, operation);
    return method(pager.allMethod(), operation)
        .addParameter(operation.inputType(), operation.variables().input())
        .returns(ParameterizedTypeName.get(ExternalTypes.PAGED, pager.itemType()))
        .addJavadoc(doc.build())
        .addStatement(
            "return $L($L, $T.none()).items()",
            pager.pagesMethod(),
            operation.variables().input(),
            ExternalTypes.CALL_OPTIONS)
        .build();
  }

  static ComponentPlan component(RecordPlan record, String name) {
    for (ComponentPlan component : record.components()) {
      if (component.javaName().equals(name)) {
        return component;
      }
    }
    throw new IllegalStateException("no component " + name + " in " + record.name());
  }
}
