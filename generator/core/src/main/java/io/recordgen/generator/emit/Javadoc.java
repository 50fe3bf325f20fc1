package io.recordgen.generator.emit;

/**
 * The audited escaper for spec text that goes into Javadoc.
 *
 * <p>A comment can be broken out of in more ways than a star and a slash: javac translates
 * unicode escapes before it reads comments, so a backslash, {@code u002a} and a slash close one
 * too, with any number of {@code u}s. This escaper writes every backslash as {@code &#92;}, which no escape survives; it
 * writes {@code @} as {@code &#64;} so spec text cannot start a block tag or an inline tag; HTML
 * special characters become entities; control and invisible formatting characters (bidi
 * overrides among them) become numeric references, so the source shows them. CR and CRLF become
 * LF, and blank lines start a new {@code <p>} paragraph.
 *
 * <p>Spec descriptions are CommonMark, where a single line break inside a paragraph is a soft
 * break that renders as a space, as it does in Javadoc's HTML. Such breaks become spaces, so that
 * {@link #wrap} can fill lines evenly instead of leaving a word alone on a line before the spec's
 * own break; a break stays where the next line starts a block of its own (a list item, heading,
 * quote, table row, fence or indented code) or the line before is a heading or table row.
 */
public final class Javadoc {
  /** The widest a line of wrapped text gets, before the indentation and the {@code * }. */
  static final int WIDTH = 88;

  private Javadoc() {}

  /** Escapes spec text for a Javadoc comment. */
  public static String escape(String text) {
    String normalised = softBreaksAsSpaces(text.replace("\r\n", "\n").replace('\r', '\n').strip());
    StringBuilder out = new StringBuilder(normalised.length() + 16);
    int blankRun = 0;
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (c == '\n') {
        blankRun++;
        continue;
      }
      if (blankRun > 0) {
        out.append(blankRun > 1 ? "\n\n<p>" : "\n");
        blankRun = 0;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' ->
            out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
        case '\t' -> out.append(' ');
        default -> {
          if (c < 0x20
              || c == 0x7f
              || c == '\u2028'
              || c == '\u2029'
              || Character.getType(c) == Character.FORMAT) {
            out.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Joins the lines of each paragraph that CommonMark would join, keeping every other break. */
  private static String softBreaksAsSpaces(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    out.append(lines[0]);
    boolean inFence = isFence(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String previous = lines[i - 1];
      String line = lines[i];
      boolean fence = isFence(line);
      boolean join =
          !inFence
              && !fence
              && !previous.isBlank()
              && !isFence(previous)
              && !line.isBlank()
              && !startsBlock(line)
              && !previous.stripLeading().startsWith("#")
              && !previous.stripLeading().startsWith("|")
              && !previous.startsWith("    ")
              && !previous.endsWith("  ");
      if (join) {
        out.append(' ').append(line.strip());
      } else {
        out.append('\n').append(line);
      }
      inFence ^= fence;
    }
    return out.toString();
  }

  private static boolean isFence(String line) {
    String s = line.stripLeading();
    return s.startsWith("```") || s.startsWith("~~~");
  }

  /** Whether a line opens a block of its own in CommonMark rather than continuing a paragraph. */
  private static boolean startsBlock(String line) {
    if (line.startsWith("    ") || line.startsWith("\t")) {
      return true; // indented code, or a nested list
    }
    String s = line.stripLeading();
    char first = s.charAt(0);
    if ("-*+#>|=~".indexOf(first) >= 0 || s.startsWith("```") || s.startsWith("<")) {
      return true;
    }
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    return digits > 0
        && digits < s.length()
        && (s.charAt(digits) == '.' || s.charAt(digits) == ')');
  }

  /** Wraps escaped text at word boundaries so that no line is much longer than 90 columns. */
  public static String wrap(String escaped) {
    return wrap(escaped, 0);
  }

  /**
   * Wraps escaped text that follows {@code taken} columns on its first line, such as the {@code
   * @param name } of a block tag, so that the first line is no longer than the others.
   */
  public static String wrap(String escaped, int taken) {
    StringBuilder out = new StringBuilder(escaped.length() + 16);
    boolean first = true;
    for (String line : escaped.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int column = 0;
      int offset = first ? taken : 0;
      first = false;
      for (String word : line.split(" ", -1)) {
        if (column > 0 && offset + column + 1 + word.length() > WIDTH) {
          out.append('\n');
          column = 0;
          offset = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
    }
    return out.toString();
  }

  /** Ends a summary with a period when it has no final punctuation. */
  public static String sentence(String escaped) {
    if (escaped.isEmpty()) {
      return escaped;
    }
    int end = escaped.indexOf('\n');
    String first = end < 0 ? escaped : escaped.substring(0, end);
    char last = first.charAt(first.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') {
      return escaped;
    }
    return first + "." + (end < 0 ? "" : escaped.substring(end));
  }
}
