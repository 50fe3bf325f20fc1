package io.recordgen.contract;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a spec with a baseline version using openapi-diff, and says whether clients built
 * against the baseline break: a removed operation, a removed response property, a request
 * property that became required, a narrowed enum and the like.
 */
public final class BreakingChanges {
  /**
   * The outcome.
   *
   * @param result openapi-diff's verdict
   * @param summary one line per removed operation and per incompatible operation
   * @param details openapi-diff's Markdown report of every change
   */
  public record Report(DiffResult result, List<String> summary, String details) {
    public Report {
      summary = List.copyOf(summary);
    }

    /** Whether clients of the baseline break. */
    public boolean isBreaking() {
      return result.isIncompatible();
    }

    @Override
    public String toString() {
      StringBuilder text =
          new StringBuilder(
              isBreaking()
                  ? "the spec breaks clients of the baseline:"
                  : "the spec is compatible with the baseline ("
                      + result.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                      + ")");
      summary.forEach(line -> text.append("\n  ").append(line));
      if (isBreaking()) {
        text.append("\n\n").append(details);
      }
      return text.toString();
    }
  }

  private BreakingChanges() {}

  /** Compares {@code current} with {@code baseline}, both as document text. */
  public static Report compare(String baseline, String current) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(baseline, current);
    List<String> summary = new ArrayList<>();
    for (Endpoint missing : diff.getMissingEndpoints()) {
      summary.add("removed: " + missing.getMethod() + " " + missing.getPathUrl());
    }
    diff.getChangedOperations().stream()
        .filter(operation -> operation.isChanged().isIncompatible())
        .forEach(
            operation ->
                summary.add(
                    "incompatible: "
                        + operation.getHttpMethod()
                        + " "
                        + operation.getPathUrl()
                        + what(operation)));
    return new Report(diff.isChanged(), summary, render(diff));
  }

  private static String what(org.openapitools.openapidiff.core.model.ChangedOperation operation) {
    List<String> parts = new ArrayList<>();
    if (operation.getParameters() != null
        && operation.getParameters().isChanged().isIncompatible()) {
      parts.add("parameters");
    }
    if (operation.resultRequestBody().isIncompatible()) {
      parts.add("request body");
    }
    if (operation.resultApiResponses().isIncompatible()) {
      parts.add("responses");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (java.io.IOException e) {
      return "(the report could not be rendered: " + e.getMessage() + ")";
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
