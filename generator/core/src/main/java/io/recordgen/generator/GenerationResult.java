package io.recordgen.generator;

import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import java.util.List;

/**
 * The outcome of one generation: the files, or none when there is an error, and every
 * diagnostic.
 *
 * @param files the generated files, sorted by path; empty when {@link #hasErrors()}
 * @param diagnostics everything reported, in order
 */
public record GenerationResult(List<SourceFile> files, List<Diagnostic> diagnostics) {
  public GenerationResult {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether an error was reported (and so nothing was generated). */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
