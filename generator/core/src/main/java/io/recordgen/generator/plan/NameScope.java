package io.recordgen.generator.plan;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope (a package, a type's members, an enum's constants), in
 * the order asked, so the same spec always gives the same names. A taken name gets the first free
 * numeric suffix: {@code Pet}, {@code Pet2}.
 *
 * <p>Type scopes compare names ignoring case, because {@code Pet.java} and {@code pet.java} are
 * one file on macOS and Windows.
 */
final class NameScope {
  private final Set<String> used = new HashSet<>();
  private final boolean ignoreCase;

  NameScope(boolean ignoreCase, Collection<String> reserved) {
    this.ignoreCase = ignoreCase;
    for (String name : reserved) {
      used.add(key(name));
    }
  }

  /** A fresh scope where names compare exactly. */
  static NameScope members(Collection<String> reserved) {
    return new NameScope(false, reserved);
  }

  /** A fresh scope for types (case-insensitive). */
  static NameScope types(Collection<String> reserved) {
    return new NameScope(true, reserved);
  }

  /** The preferred name if free, otherwise the first free {@code preferred2}, {@code 3}... */
  String allocate(String preferred) {
    if (used.add(key(preferred))) {
      return preferred;
    }
    // A keyword's "_" is not needed once a digit follows: record_ and record_ give record2.
    String base =
        preferred.endsWith("_") && preferred.length() > 1
            ? preferred.substring(0, preferred.length() - 1)
            : preferred;
    String separator =
        Character.isDigit(base.charAt(base.length() - 1)) || base.equals("_") ? "_" : "";
    for (int i = 2; ; i++) {
      String candidate = base + separator + i;
      if (used.add(key(candidate))) {
        return candidate;
      }
    }
  }

  /** Whether a name is taken. */
  boolean isTaken(String name) {
    return used.contains(key(name));
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }
}
