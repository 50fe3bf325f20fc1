package io.recordgen.generator.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that turns spec names into Java names. Every rule is here, so that every type,
 * method, component and constant follows the same ones:
 *
 * <ul>
 *   <li>Words are split at separators, case changes and acronym ends ({@code instance_id},
 *       {@code X-Language}, {@code getHTTPStatus}) and joined in camel case.
 *   <li>Only ASCII letters, digits and {@code _} are used: accents are stripped, other characters
 *       become {@code u} and their hex code, so no name can hide a homoglyph or a bidi control and
 *       every file name is portable.
 *   <li>A name that starts with a digit gets a {@code _} prefix; an empty name gets a fallback.
 *   <li>Java keywords, contextual ones included ({@code record}, {@code var}, {@code yield},
 *       {@code sealed}, {@code permits}, {@code _}), get a {@code _} suffix.
 * </ul>
 *
 * <p>Uniqueness within a scope is {@link NameScope}'s job.
 */
public final class Naming {
  /** Reserved words, literals and contextual keywords that cannot or should not be names. */
  static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "_",
          "var",
          "yield",
          "record",
          "sealed",
          "permits",
          "non-sealed",
          "module",
          "open",
          "opens",
          "exports",
          "requires",
          "transitive",
          "to",
          "uses",
          "provides",
          "with",
          "when");

  private Naming() {}

  /** An UpperCamelCase type name, such as {@code CreateBackupRequest}. */
  public static String typeName(String raw) {
    String name = join(words(raw), true);
    name = name.isEmpty() ? "Unnamed" : name;
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    // Names of java.lang and other types stay: references that clash are qualified instead.
    return WINDOWS_DEVICE.matcher(name).matches() ? name + "_" : name;
  }

  /**
   * Names Windows reserves for devices, whatever the case and extension: a type called {@code
   * Con} would be the file {@code Con.java}, which Windows cannot create.
   */
  private static final java.util.regex.Pattern WINDOWS_DEVICE =
      java.util.regex.Pattern.compile(
          "(con|prn|aux|nul|com[0-9]|lpt[0-9])", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * An UpperCamelCase part to append to a type name, such as {@code Object} in {@code
   * ChargeObject}: no digit or reserved-name adjustments, which only whole names need.
   */
  public static String typeSuffix(String raw) {
    String name = join(words(raw), true);
    return name.isEmpty() ? "Value" : name;
  }

  /** A lowerCamelCase member name, such as {@code instanceId}. */
  public static String memberName(String raw) {
    String name = join(words(raw), false);
    name = name.isEmpty() ? "value" : name;
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return KEYWORDS.contains(name) ? name + "_" : name;
  }

  /** An UPPER_SNAKE_CASE constant name, such as {@code EN_US}. */
  public static String constantName(String raw) {
    List<String> words = words(raw);
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      name = "EMPTY";
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return name;
  }

  /** Whether {@code name} is usable as a Java identifier as is. */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name)) {
      return false;
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why a name a user chose is not usable as it is, or {@code null} when it is: it must be an
   * ASCII Java identifier that is no keyword and, for a type, no name Windows reserves for a
   * device; the same rules every name derived from the spec follows.
   */
  static @org.jspecify.annotations.Nullable String whyNotChosen(String name, boolean type) {
    if (!isIdentifier(name) || !isAscii(name)) {
      return "\"" + name + "\" is not an ASCII Java identifier, or is a keyword";
    }
    if (name.equals("_") || name.startsWith("$")) {
      return "\"" + name + "\" is reserved";
    }
    if (type && WINDOWS_DEVICE.matcher(name).matches()) {
      return "\"" + name + "\" is a device name, which Windows cannot use as a file name";
    }
    return null;
  }

  /** Whether a dotted package name is valid, segment by segment. */
  public static boolean isPackageName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String segment : name.split("\\.", -1)) {
      if (!isIdentifier(segment) || !isAscii(segment)) {
        return false;
      }
    }
    return true;
  }

  /** Splits a spec name into ASCII words. */
  static List<String> words(String raw) {
    String ascii = toAscii(raw);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(words, word);
        continue;
      }
      if (word.length() > 0) {
        char previous = word.charAt(word.length() - 1);
        boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(c);
        boolean acronymEnd =
            Character.isUpperCase(previous)
                && Character.isUpperCase(c)
                && i + 1 < ascii.length()
                && Character.isLowerCase(ascii.charAt(i + 1));
        boolean digitToLetter = Character.isDigit(previous) && Character.isUpperCase(c);
        if (lowerToUpper || acronymEnd || digitToLetter) {
          flush(words, word);
        }
      }
      word.append(c);
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String join(List<String> words, boolean upperFirst) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      if (i == 0 && !upperFirst) {
        name.append(lower);
      } else {
        name.append(Character.toUpperCase(lower.charAt(0))).append(lower, 1, lower.length());
      }
    }
    return name.toString();
  }

  /**
   * ASCII letters, digits and separators only: accents are removed, any other character becomes
   * a separate word {@code u<hex>}.
   */
  static String toAscii(String raw) {
    String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.append((char) cp);
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      } else if (Character.isLetterOrDigit(cp)) {
        out.append(" u").append(Integer.toHexString(cp)).append(' ');
      } else {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
