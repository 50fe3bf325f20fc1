package io.recordgen.generator.model;

import org.jspecify.annotations.Nullable;

/**
 * Human text attached to a spec element.
 *
 * @param summary a short summary or title
 * @param description the longer description, often CommonMark
 */
public record Docs(@Nullable String summary, @Nullable String description) {
  private static final Docs NONE = new Docs(null, null);

  /** No text. */
  public static Docs none() {
    return NONE;
  }

  /** Whether there is no text at all. */
  public boolean isEmpty() {
    return blank(summary) && blank(description);
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
