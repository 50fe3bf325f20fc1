package io.recordgen.generator.plan;

import io.recordgen.generator.model.Docs;

/**
 * The documentation text of a spec element as generated Javadoc takes it: summary, then
 * description, each cut at {@value #MAX_DOC_LENGTH} characters. Escaping is the emitters' job.
 */
final class DocText {
  /** The longest description copied into Javadoc; longer ones are cut and say so. */
  static final int MAX_DOC_LENGTH = 16 * 1024;

  private DocText() {}

  static String of(Docs docs) {
    String summary = cut(docs.summary() == null ? "" : docs.summary().strip());
    String description = cut(docs.description() == null ? "" : docs.description().strip());
    if (summary.isEmpty()) {
      return description;
    }
    if (description.isEmpty() || description.equals(summary)) {
      return summary;
    }
    return summary + "\n\n" + description;
  }

  /** The description alone, stripped, or {@code ""}. */
  static String description(Docs docs) {
    return docs.description() == null ? "" : cut(docs.description().strip());
  }

  private static String cut(String text) {
    if (text.length() <= MAX_DOC_LENGTH) {
      return text;
    }
    int end = MAX_DOC_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end)
        + "\n\n(Cut: the spec's text has "
        + text.length()
        + " characters.)";
  }
}
