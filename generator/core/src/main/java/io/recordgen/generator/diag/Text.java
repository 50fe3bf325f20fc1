package io.recordgen.generator.diag;

/** Makes spec text safe to print on one line of a build log. */
final class Text {
  private static final int MAX = 400;

  private Text() {}

  static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (out.length() >= MAX) {
        out.append("...");
        break;
      }
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20
          || c == 0x7f
          || Character.getType(c) == Character.FORMAT
          || c == '\u2028'
          || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
