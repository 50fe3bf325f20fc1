package io.recordgen.runtime.http;

import io.recordgen.runtime.support.Internals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Immutable HTTP header fields: names compare case-insensitively and keep the order in which
 * they were first added.
 *
 * <p>Names and values containing CR, LF or NUL are rejected when added, so no header can be
 * split into two; the error names the header and never the value, which may be a secret.
 */
public final class Headers {
  private static final Headers EMPTY = new Headers(Map.of());

  /** Lower-case name to the field as first spelled and its values. */
  private final Map<String, Field> fields;

  private record Field(String name, List<String> values) {}

  private Headers(Map<String, Field> fields) {
    this.fields = fields;
  }

  /** No headers. */
  public static Headers empty() {
    return EMPTY;
  }

  /** Headers as received from a server, where the map keys may be in any case. */
  public static Headers of(Map<String, List<String>> received) {
    Map<String, Field> copy = new LinkedHashMap<>();
    received.forEach(
        (name, values) -> {
          if (name != null) {
            copy.merge(
                key(name),
                new Field(name, List.copyOf(values)),
                (a, b) -> new Field(a.name, concat(a.values, b.values)));
          }
        });
    return new Headers(Collections.unmodifiableMap(copy));
  }

  /** The first value of a header, if present. */
  public Optional<String> firstValue(String name) {
    Field field = fields.get(key(name));
    return field == null || field.values.isEmpty()
        ? Optional.empty()
        : Optional.of(field.values.get(0));
  }

  /** All values of a header, in order; empty when absent. */
  public List<String> values(String name) {
    Field field = fields.get(key(name));
    return field == null ? List.of() : field.values;
  }

  /** Whether there are no headers. */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Whether a header is present. */
  public boolean contains(String name) {
    return fields.containsKey(key(name));
  }

  /** Header names as first spelled, in insertion order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(fields.size());
    for (Field field : fields.values()) {
      names.add(field.name);
    }
    return names;
  }

  /**
   * Calls {@code action} with each name as first spelled and each of its values, in insertion
   * order, without copying anything.
   */
  public void forEach(BiConsumer<String, String> action) {
    for (Field field : fields.values()) {
      for (String value : field.values) {
        action.accept(field.name, value);
      }
    }
  }

  /** Lower-case header names. */
  public Set<String> lowerCaseNames() {
    return fields.keySet();
  }

  /** A copy where {@code name} has exactly this value. */
  public Headers with(String name, String value) {
    checkName(name);
    checkValue(name, value);
    Map<String, Field> copy = new LinkedHashMap<>(fields);
    copy.put(key(name), new Field(name, List.of(value)));
    return new Headers(Collections.unmodifiableMap(copy));
  }

  /** A copy with {@code value} appended to the values of {@code name}. */
  public Headers plus(String name, String value) {
    checkName(name);
    checkValue(name, value);
    Map<String, Field> copy = new LinkedHashMap<>(fields);
    copy.merge(
        key(name),
        new Field(name, List.of(value)),
        (a, b) -> new Field(a.name, concat(a.values, b.values)));
    return new Headers(Collections.unmodifiableMap(copy));
  }

  /** A copy without {@code name}. */
  public Headers without(String name) {
    if (!contains(name)) {
      return this;
    }
    Map<String, Field> copy = new LinkedHashMap<>(fields);
    copy.remove(key(name));
    return new Headers(Collections.unmodifiableMap(copy));
  }

  /** Number of distinct header names. */
  public int size() {
    return fields.size();
  }

  /** Header names only: values may be credentials. */
  @Override
  public String toString() {
    return "Headers" + names();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static void checkName(String name) {
    if (name.isEmpty()) {
      throw Internals.invalidRequest("header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // RFC 9110 token characters only.
      boolean token =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!token) {
        throw Internals.invalidRequest(
            "header name " + safeName(name) + " contains a character that is not allowed");
      }
    }
  }

  private static void checkValue(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == '\0') {
        throw Internals.invalidRequest(
            "header " + name + " has a value with CR, LF or NUL; it was not sent");
      }
    }
  }

  private static String safeName(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length() && i < 64; i++) {
      char c = name.charAt(i);
      out.append(c >= 0x21 && c < 0x7f ? c : '?');
    }
    return '"' + out.toString() + '"';
  }
}
