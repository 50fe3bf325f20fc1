package io.recordgen.generator;

import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.plan.MappedType;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one generation: the files, or none when there is an error, and every
 * diagnostic.
 *
 * @param files the generated files, sorted by path; empty when {@link #hasErrors()}
 * @param diagnostics everything reported, in order
 * @param stats what the spec held, as far as it was read
 * @param externalDocuments the documents that allowlisted external {@code $ref}s read, in the
 *     order they were read; a build regenerates when one of them changes
 * @param mappedTypes the user's types the configuration maps schemas and formats to, with what
 *     the spec needs of each, for a route that can check them against the class path
 */
public record GenerationResult(
    List<SourceFile> files,
    List<Diagnostic> diagnostics,
    Stats stats,
    List<URI> externalDocuments,
    List<MappedType> mappedTypes) {
  public GenerationResult {
    mappedTypes = List.copyOf(mappedTypes);
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
    externalDocuments = List.copyOf(externalDocuments);
    Objects.requireNonNull(stats, "stats");
  }

  /**
   * Counts of what the spec held.
   *
   * @param operations operations under {@code paths}
   * @param schemas schemas under {@code components/schemas}
   */
  public record Stats(int operations, int schemas) {
    /** Nothing was read. */
    public static final Stats NONE = new Stats(0, 0);
  }

  /** A result without mapped types. */
  public GenerationResult(
      List<SourceFile> files, List<Diagnostic> diagnostics, Stats stats, List<URI> external) {
    this(files, diagnostics, stats, external, List.of());
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
