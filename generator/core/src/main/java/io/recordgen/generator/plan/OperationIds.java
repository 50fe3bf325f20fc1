package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Operation;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operationId of each operation, unique in the spec whatever the case: the spec's own, or one
 * derived from the method and the literal path segments ({@code GET /pets/{id}/toys} is {@code
 * getPetsToys}); a repeat gets a counter.
 */
final class OperationIds {
  private final Diagnostics diagnostics;
  private final Set<String> seen = new HashSet<>();
  private final Map<Operation, String> ids = new IdentityHashMap<>();

  OperationIds(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The operation's id, decided on the first call. */
  String of(Operation operation) {
    String known = ids.get(operation);
    if (known != null) {
      return known;
    }
    String id = operation.operationId();
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
    if (!unique.equals(id) && operation.operationId() != null) {
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
