package io.recordgen.generator;

import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.plan.ExampleEntry;
import java.util.List;

/**
 * Every example of a spec with the generated type it decodes into.
 *
 * @param entries the examples, each once
 * @param diagnostics what reading and planning the spec reported
 */
public record ExampleCatalog(List<ExampleEntry> entries, List<Diagnostic> diagnostics) {
  public ExampleCatalog {
    entries = List.copyOf(entries);
    diagnostics = List.copyOf(diagnostics);
  }
}
