package io.recordgen.maven;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * How the goals print diagnostics and fail: through {@link Diagnostic#format()}, the formatter
 * the annotation processor uses too, so both print the same codes and JSON pointers.
 */
final class PluginDiagnostics {
  /** Notes printed before the rest are only counted, as the processor does. */
  static final int NOTES_SHOWN = 5;

  private PluginDiagnostics() {}

  /** Prints diagnostics at their severity: every error and warning, notes unless too many. */
  static void report(Log log, List<Diagnostic> diagnostics, boolean verbose) {
    for (Diagnostic diagnostic : Diagnostics.forPrinting(diagnostics, verbose, NOTES_SHOWN)) {
      switch (diagnostic.severity()) {
        case ERROR -> log.error(diagnostic.format());
        case WARNING -> log.warn(diagnostic.format());
        case NOTE -> log.info(diagnostic.format());
      }
    }
  }

  /** One message for the whole failure, listing every error. */
  static String summary(String subject, List<Diagnostic> errors) {
    return "Recordgen found "
        + errors.size()
        + (errors.size() == 1 ? " error" : " errors")
        + " in "
        + subject
        + ":"
        + errors.stream().map(d -> "\n  " + d.format()).collect(Collectors.joining());
  }

  /** A failure of one diagnostic about the document as a whole. */
  static MojoFailureException failure(Code code, String message) {
    return new MojoFailureException(new Diagnostic(code, "", message).format());
  }

  /** A failure of one diagnostic about the document as a whole, with its cause. */
  static MojoFailureException failure(Code code, String message, Throwable cause) {
    return new MojoFailureException(new Diagnostic(code, "", message).format(), cause);
  }
}
