package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Configuration;
import io.recordgen.generator.model.Operation;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The operationId of each operation, unique in the spec whatever the case: the spec's own, or one
 * derived from the method and the literal path segments ({@code GET /pets/{id}/toys} is {@code
 * getPetsToys}); a repeat gets a counter.
 */
final class OperationIds {
  private final Customizations customizations;
  private final Diagnostics diagnostics;
  private final Set<String> seen = new HashSet<>();
  private final Map<Operation, String> ids = new IdentityHashMap<>();

  OperationIds(Customizations customizations, Diagnostics diagnostics) {
    this.customizations = customizations;
    this.diagnostics = diagnostics;
  }

  /** The method name the configuration chose for {@code operation}, or {@code null}. */
  Configuration.@Nullable Mapping chosen(Operation operation) {
    return customizations.operationName(operation);
  }

  /** The operation's id, decided on the first call. */
  String of(Operation operation) {
    String known = ids.get(operation);
    if (known != null) {
      return known;
    }
    Configuration.Mapping chosen = chosen(operation);
    String id = chosen != null ? chosen.value() : operation.operationId();
    if (id == null) {
      StringBuilder derived = new StringBuilder(operation.method().name().toLowerCase(Locale.ROOT));
      for (String segment : operation.path().split("/")) {
        if (!segment.isEmpty() && !segment.startsWith("{")) {
          derived.append(Naming.typeSuffix(segment));
        }
      }
      id = derived.toString();
      diagnostics.report(
          Code.OPERATION_ID_DERIVED,
          operation.pointer(),
          operation.describe() + " has no operationId; it is called " + id);
    }
    String unique = id;
    for (int i = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); i++) {
      unique = id + i;
    }
    if (chosen != null) {
      customizations.allocated(chosen, unique, "operation");
    } else if (!unique.equals(id) && operation.operationId() != null) {
      diagnostics.report(
          Code.OPERATION_ID_DUPLICATE,
          operation.pointer() + "/operationId",
          "operationId \""
              + id
              + "\" is used before; "
              + operation.describe()
              + " is called "
              + unique);
    }
    ids.put(operation, unique);
    return unique;
  }
}
