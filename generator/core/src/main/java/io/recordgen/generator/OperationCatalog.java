package io.recordgen.generator;

import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.plan.OperationEntry;
import java.util.List;

/**
 * Every operation of a spec with the generated client method that calls it.
 *
 * @param entries the operations, client by client, in spec order; empty when there is an error
 * @param diagnostics what reading and planning the spec reported
 */
public record OperationCatalog(List<OperationEntry> entries, List<Diagnostic> diagnostics) {
  public OperationCatalog {
    entries = List.copyOf(entries);
    diagnostics = List.copyOf(diagnostics);
  }
}
