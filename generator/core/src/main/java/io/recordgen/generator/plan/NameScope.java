package io.recordgen.generator.plan;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Hands out unique Java identifiers within one scope, in the order asked, so the same spec always
 * gives the same names. A taken name gets the first free numeric suffix: {@code Pet}, {@code
 * Pet2}.
 *
 * <p>Scopes nest as Java's do: a {@link #child()} (a method inside a type, a lambda inside a
 * method) never hands out a name its ancestors hold, so a local never shadows a field the code
 * refers to and a lambda parameter never clashes with a local. Type scopes compare names ignoring
 * case, because {@code Pet.java} and {@code pet.java} are one file on macOS and Windows. No scope
 * hands out a keyword: every identifier is checked against {@link Naming#KEYWORDS} whatever the
 * name asked for.
 *
 * <p>This is the one allocator of identifiers in generated code: planners ask it for every type,
 * member, parameter, local and lambda parameter, the generator's own included, and emitters only
 * write the names they find in the plan.
 */
final class NameScope {
  private final @Nullable NameScope parent;
  private final Set<String> used = new HashSet<>();
  private final boolean ignoreCase;
  private final Predicate<String> blocked;
  private final Consumer<String> allocated;

  private NameScope(
      @Nullable NameScope parent,
      boolean ignoreCase,
      Collection<String> reserved,
      Predicate<String> blocked,
      Consumer<String> allocated) {
    this.parent = parent;
    this.ignoreCase = ignoreCase;
    this.blocked = blocked;
    this.allocated = allocated;
    for (String name : reserved) {
      used.add(key(name));
    }
  }

  private NameScope(@Nullable NameScope parent, boolean ignoreCase, Collection<String> reserved) {
    this(parent, ignoreCase, reserved, name -> false, name -> {});
  }

  /** A fresh scope of members, variables or methods, where names compare exactly. */
  static NameScope members(Collection<String> reserved) {
    return new NameScope(null, false, reserved);
  }

  /** A fresh scope for types (case-insensitive). */
  static NameScope types(Collection<String> reserved) {
    return new NameScope(null, true, reserved);
  }

  /**
   * A fresh members scope that also keeps clear of every name {@code taken} holds: the fields of
   * a class, which must differ from every variable any of its methods declares (those are told
   * to {@code taken} by {@link #child(Consumer)}), so that the methods reach every field by its
   * simple name.
   */
  static NameScope members(Collection<String> reserved, Predicate<String> taken) {
    return new NameScope(null, false, reserved, taken, name -> {});
  }

  /**
   * A nested scope whose names are also told to {@code allocated}: the variables of one method,
   * which sibling methods may reuse but the class's fields must avoid.
   */
  NameScope child(Consumer<String> allocated) {
    return new NameScope(this, ignoreCase, Set.of(), name -> false, allocated);
  }

  /** A nested scope: its names are unique against this scope and every enclosing one. */
  NameScope child() {
    return new NameScope(this, ignoreCase, Set.of());
  }

  /** A nested scope that also keeps clear of {@code reserved}. */
  NameScope child(Collection<String> reserved) {
    return new NameScope(this, ignoreCase, reserved);
  }

  /** Marks a name as taken here, without handing it out: a name that comes from elsewhere. */
  void reserve(String name) {
    used.add(key(name));
  }

  /** Marks names as taken here. */
  void reserveAll(Collection<String> names) {
    for (String name : names) {
      reserve(name);
    }
  }

  /** The preferred name if free, otherwise the first free {@code preferred2}, {@code 3}... */
  String allocate(String preferred) {
    String wanted = Naming.KEYWORDS.contains(preferred) ? preferred + "_" : preferred;
    if (claim(wanted)) {
      return wanted;
    }
    // A keyword's "_" is not needed once a digit follows: record_ and record_ give record2.
    String base =
        wanted.endsWith("_") && wanted.length() > 1
            ? wanted.substring(0, wanted.length() - 1)
            : wanted;
    String separator =
        Character.isDigit(base.charAt(base.length() - 1)) || base.equals("_") ? "_" : "";
    for (int i = 2; ; i++) {
      String candidate = base + separator + i;
      if (claim(candidate)) {
        return candidate;
      }
    }
  }

  private boolean claim(String name) {
    if (blocked.test(name)) {
      return false;
    }
    for (NameScope scope = parent; scope != null; scope = scope.parent) {
      if (scope.used.contains(scope.key(name))) {
        return false;
      }
    }
    if (!used.add(key(name))) {
      return false;
    }
    allocated.accept(name);
    return true;
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }
}
