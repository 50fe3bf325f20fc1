package io.recordgen.generator.emit;

/**
 * The audited escaper for spec text that becomes a Java string literal.
 *
 * <p>The result is pure ASCII, whatever encoding the source is read with. Quotes and backslashes
 * are escaped; control characters use three-digit octal escapes, never {@code \}{@code u000a}
 * or {@code \}{@code u0022}, which javac would translate before lexing and so end the literal;
 * every other non-ASCII character, invisible bidi controls and line separators among them, is a
 * unicode escape, which is harmless inside a literal and visible in review.
 */
public final class Literals {
  private Literals() {}

  /** A quoted Java string literal for {@code text}. */
  public static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append('\\').append(String.format("%03o", (int) c));
          } else if (c >= 0x80) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A comment-safe rendering of a file name: ASCII letters, digits, {@code . _ -}; others {@code _}. */
  public static String fileName(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length() && i < 120; i++) {
      char c = name.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      out.append(safe ? c : '_');
    }
    return out.toString();
  }
}
