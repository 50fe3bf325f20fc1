package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Operation;
import io.recordgen.generator.model.OperationHints;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plans the method that pages through an offset/limit list operation: declared by {@code
 * x-recordgen-pager}, or detected when the operation has optional integer query parameters
 * {@code offset} and {@code limit} and its success body is an object with one array property (and
 * perhaps an integer {@code total_count}, {@code total} or {@code count}).
 */
final class PagerPlanner {
  private static final List<String> TOTALS = List.of("total_count", "total", "count", "totalCount");

  private final ModelPlanner models;
  private final RecordAccess access;
  private final Diagnostics diagnostics;

  PagerPlanner(ModelPlanner models, RecordAccess access, Diagnostics diagnostics) {
    this.models = models;
    this.access = access;
    this.diagnostics = diagnostics;
  }

  /**
   * The pager of {@code operation}, or {@code null} when it has none.
   *
   * @param methods where the pager's method name is allocated
   */
  @Nullable PagerPlan plan(
      Operation operation,
      String method,
      TypeName returnType,
      List<ParamPlan> params,
      NameScope methods) {
    List<ParamPlan> optional = params.stream().filter(ParamPlan::nullable).toList();
    OperationHints.PagerHint hint = operation.hints().pager();
    String at = operation.pointer() + "/x-recordgen-pager";
    if (hint == null) {
      hint = detect(optional, models.record(returnType));
      if (hint == null) {
        return null;
      }
    }
    ParamPlan offset = integerQuery(optional, hint.offset());
    ParamPlan limit = integerQuery(optional, hint.limit());
    if (offset == null || limit == null) {
      diagnostics.report(
          Code.EXTENSION_INVALID,
          at,
          "offset \""
              + hint.offset()
              + "\" and limit \""
              + hint.limit()
              + "\" must be optional query parameters of "
              + operation.describe());
      return null;
    }
    ComponentPlan items = access.component(returnType, hint.items(), at);
    if (items == null) {
      return null;
    }
    TypeName item = TypeMapping.listItem(items.type());
    if (item == null) {
      diagnostics.report(
          Code.EXTENSION_INVALID, at, "\"" + hint.items().pointer() + "\" is not an array");
      return null;
    }
    String total = null;
    if (hint.total() != null) {
      ComponentPlan count = access.component(returnType, hint.total(), at);
      if (count == null) {
        return null;
      }
      if (!TypeMapping.NUMBERS.contains(count.type())) {
        diagnostics.report(
            Code.EXTENSION_INVALID, at, "\"" + hint.total().pointer() + "\" is not a number");
        return null;
      }
      total = count.javaName();
    }
    return new PagerPlan(
        methods.allocate(method + "Pages"),
        methods.allocate(method + "All"),
        item,
        returnType,
        items.javaName(),
        total,
        offset.javaName(),
        limit.javaName(),
        offset.type().equals(ExternalTypes.LONG));
  }

  private static OperationHints.@Nullable PagerHint detect(
      List<ParamPlan> optional, @Nullable RecordPlan page) {
    if (page == null
        || integerQuery(optional, "offset") == null
        || integerQuery(optional, "limit") == null) {
      return null;
    }
    List<ComponentPlan> arrays =
        page.components().stream().filter(c -> c.copy() == ComponentPlan.Copy.LIST).toList();
    if (arrays.size() != 1) {
      return null;
    }
    OperationHints.PropertyPath total =
        page.components().stream()
            .filter(c -> TOTALS.contains(c.wireName()) && TypeMapping.NUMBERS.contains(c.type()))
            .map(c -> OperationHints.PropertyPath.of(c.wireName()))
            .findFirst()
            .orElse(null);
    return new OperationHints.PagerHint(
        "offset", "limit", OperationHints.PropertyPath.of(arrays.get(0).wireName()), total);
  }

  /** The optional integer query parameter called {@code wire}, or {@code null}. */
  private static @Nullable ParamPlan integerQuery(List<ParamPlan> optional, String wire) {
    for (ParamPlan param : optional) {
      if (param.wireName().equals(wire)
          && param.location() == ParamPlan.Location.QUERY
          && (param.type().equals(ExternalTypes.INTEGER)
              || param.type().equals(ExternalTypes.LONG))) {
        return param;
      }
    }
    return null;
  }
}
