package io.recordgen.runtime.internal;

/**
 * Renders untrusted values for messages and logs: quoted, control characters escaped (no forged
 * log lines), and cut at a length that keeps a message readable.
 */
public final class Redaction {
  /** What stands in for a secret. */
  public static final String WITHHELD = "<redacted>";

  private static final int MAX_CHARS = 120;

  private Redaction() {}

  /** A value for a message: strings quoted, everything escaped and cut. */
  public static String quote(Object value) {
    if (!(value instanceof CharSequence text)) {
      return escape(String.valueOf(value));
    }
    return '"' + escape(text.toString()) + '"';
  }

  /** A header value or similar for a log line: escaped and cut. */
  public static String forLog(String text) {
    return escape(text);
  }

  /** Text with control characters escaped and its length cut. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (out.length() >= MAX_CHARS) {
        out.append("...(").append(text.length()).append(" chars)");
        break;
      }
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20
              || c == 0x7f
              || Character.getType(c) == Character.FORMAT
              || c == '\u2028'
              || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
