package io.recordgen.runtime.internal;

import org.jspecify.annotations.Nullable;

/**
 * Translates the simple, common shape of an ECMA-262 pattern into the syntax of the brics
 * automaton library, or says it cannot. The shape: anchored at both ends ({@code ^...$}), a
 * sequence of literals, character classes, {@code .} and groups of alternatives, each with an
 * optional quantifier whose bound is at most {@value #MAX_BOUND}; groups hold no quantified
 * groups. Everything else (look-arounds, back-references, word boundaries, unanchored search,
 * nested quantifiers) is left to {@code java.util.regex}. Characters are UTF-16 code units, as
 * in ECMA-262 without the {@code u} flag.
 */
public final class EcmaRegex {
  /** The largest repetition bound translated; larger ones stay with java.util.regex. */
  static final int MAX_BOUND = 256;

  private static final String SPACE =
      "\\ \\\t\\\n\\\u000b\\\f\\\r\\\u00a0\\\u1680\\\u2000-\\\u200a"
          + "\\\u2028\\\u2029\\\u202f\\\u205f\\\u3000\\\ufeff";
  private static final String DOT = "[^\\\n\\\r\\\u2028\\\u2029]";

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private int at;
  private int depth;

  private EcmaRegex(String source) {
    this.source = source;
  }

  /** The brics pattern for a whole-string match of {@code pattern}, or {@code null}. */
  public static @Nullable String toBrics(String pattern) {
    if (pattern.length() < 2 || pattern.charAt(0) != '^' || !endsWithAnchor(pattern)) {
      return null;
    }
    EcmaRegex translator = new EcmaRegex(pattern.substring(1, pattern.length() - 1));
    return translator.sequence(false) && translator.at == translator.source.length()
        ? translator.out.toString()
        : null;
  }

  /** Whether the last character is a {@code $} that no backslash escapes. */
  public static boolean endsWithAnchor(String pattern) {
    int end = pattern.length() - 1;
    if (end < 0 || pattern.charAt(end) != '$') {
      return false;
    }
    int backslashes = 0;
    for (int i = end - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  /** Atoms up to the end, a {@code )} or a {@code |}. */
  private boolean sequence(boolean inGroup) {
    while (at < source.length()) {
      char c = source.charAt(at);
      if (c == ')' || c == '|') {
        return inGroup;
      }
      boolean group = c == '(';
      if (!atom()) {
        return false;
      }
      if (!quantifier(group)) {
        return false;
      }
    }
    return true;
  }

  private boolean atom() {
    char c = source.charAt(at);
    switch (c) {
      case '\\' -> {
        return escape(false);
      }
      case '[' -> {
        return characterClass();
      }
      case '.' -> {
        out.append(DOT);
        at++;
        return true;
      }
      case '(' -> {
        return group();
      }
      case '^', '$', '*', '+', '?', '{', '}', ']' -> {
        return false; // anchors inside, or a quantifier without an atom
      }
      default -> {
        literal(c);
        at++;
        return true;
      }
    }
  }

  private boolean group() {
    if (depth > 0) {
      return false; // nested groups: left to java.util.regex
    }
    at++;
    if (source.startsWith("?:", at)) {
      at += 2;
    } else if (at < source.length() && source.charAt(at) == '?') {
      return false; // look-arounds and named groups
    }
    depth++;
    out.append('(');
    while (true) {
      int before = out.length();
      if (!sequence(true)) {
        return false;
      }
      if (out.length() == before) {
        out.append("()"); // an empty alternative
      }
      if (at >= source.length()) {
        return false;
      }
      char c = source.charAt(at++);
      if (c == ')') {
        break;
      }
      out.append('|');
    }
    depth--;
    out.append(')');
    return true;
  }

  private boolean quantifier(boolean afterGroup) {
    if (at >= source.length()) {
      return true;
    }
    char c = source.charAt(at);
    if (c == '*' || c == '+' || c == '?') {
      if (afterGroup && depth > 0) {
        return false;
      }
      out.append(c);
      at++;
    } else if (c == '{') {
      int close = source.indexOf('}', at);
      if (close < 0) {
        return false;
      }
      String body = source.substring(at + 1, close);
      if (!body.matches("\\d{1,4}(,\\d{0,4})?")) {
        return false;
      }
      String[] bounds = body.split(",", -1);
      int min = Integer.parseInt(bounds[0]);
      int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min : Integer.parseInt(bounds[1]);
      if (min > MAX_BOUND || max > MAX_BOUND || max < min) {
        return false;
      }
      out.append('{').append(body).append('}');
      at = close + 1;
    } else {
      return true;
    }
    if (at < source.length() && source.charAt(at) == '?') {
      at++; // lazy: the same strings match the whole input
    }
    if (at < source.length() && "*+?{".indexOf(source.charAt(at)) >= 0) {
      return false;
    }
    return true;
  }

  private boolean characterClass() {
    at++;
    StringBuilder items = new StringBuilder();
    boolean negated = at < source.length() && source.charAt(at) == '^';
    if (negated) {
      at++;
    }
    while (at < source.length() && source.charAt(at) != ']') {
      char c = source.charAt(at);
      if (c == '\\') {
        boolean shorthand = at + 1 < source.length() && "dws".indexOf(source.charAt(at + 1)) >= 0;
        int before = out.length();
        if (!escape(true)) {
          return false;
        }
        items.append(out, before, out.length());
        out.setLength(before);
        if (shorthand && at < source.length() && source.charAt(at) == '-') {
          return false; // [\d-z]: a class next to a dash, which Annex B reads its own way
        }
      } else if (c == '[') {
        return false;
      } else {
        items.append('\\').append(c);
        at++;
      }
      if (at + 1 < source.length() && source.charAt(at) == '-' && source.charAt(at + 1) != ']') {
        if (source.charAt(at + 1) == '\\'
            && at + 2 < source.length()
            && "dwsDWS".indexOf(source.charAt(at + 2)) >= 0) {
          return false;
        }
        items.append('-');
        at++;
      }
    }
    if (at >= source.length() || items.length() == 0) {
      return false;
    }
    at++; // ]
    out.append('[').append(negated ? "^" : "").append(items).append(']');
    return true;
  }

  private boolean escape(boolean inClass) {
    if (at + 1 >= source.length()) {
      return false;
    }
    char c = source.charAt(at + 1);
    at += 2;
    switch (c) {
      case 'd' -> out.append(inClass ? "0-9" : "[0-9]");
      case 'w' -> out.append(inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]");
      case 's' -> out.append(inClass ? SPACE : "[" + SPACE + "]");
      case 'D' -> {
        if (inClass) {
          return false;
        }
        out.append("[^0-9]");
      }
      case 'W' -> {
        if (inClass) {
          return false;
        }
        out.append("[^A-Za-z0-9_]");
      }
      case 'S' -> {
        if (inClass) {
          return false;
        }
        out.append("[^").append(SPACE).append(']');
      }
      case 't' -> literal('\t');
      case 'n' -> literal('\n');
      case 'r' -> literal('\r');
      case 'f' -> literal('\f');
      case 'v' -> literal('\u000b');
      case '0' -> {
        if (at < source.length() && Character.isDigit(source.charAt(at))) {
          return false;
        }
        literal('\0');
      }
      case 'u' -> {
        if (at + 4 > source.length()) {
          return false;
        }
        try {
          literal((char) Integer.parseInt(source.substring(at, at + 4), 16));
        } catch (NumberFormatException e) {
          return false;
        }
        at += 4;
      }
      case 'x' -> {
        if (at + 2 > source.length()) {
          return false;
        }
        try {
          literal((char) Integer.parseInt(source.substring(at, at + 2), 16));
        } catch (NumberFormatException e) {
          return false;
        }
        at += 2;
      }
      case 'b' -> {
        if (!inClass) {
          return false; // a word boundary
        }
        literal('\b');
      }
      default -> {
        if (Character.isLetterOrDigit(c)) {
          return false; // back-references, \B, \p{...}, \c and the like
        }
        literal(c);
      }
    }
    return true;
  }

  private void literal(char c) {
    if (Character.isLetterOrDigit(c) && c < 0x80) {
      out.append(c);
    } else {
      out.append('\\').append(c);
    }
  }
}
