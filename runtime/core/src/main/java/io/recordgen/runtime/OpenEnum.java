package io.recordgen.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * An enumeration that keeps values it does not know, as generated for OpenAPI {@code enum}: a
 * server that adds a value later must not break decoding.
 *
 * @param <V> the wire type, {@code String} or a number type
 */
public interface OpenEnum<V> {
  /**
   * The value as it travels on the wire.
   *
   * @return the wire value
   */
  V value();

  /**
   * Whether the value is one the spec declared when the code was generated.
   *
   * @return {@code true} for a listed value
   */
  boolean isKnown();

  /**
   * The constant of {@code known} whose value equals {@code value}, else a new instance: what
   * every generated {@code of} does, so that {@code ==} works for listed values.
   *
   * @param known the listed constants, in spec order
   * @param value the wire value
   * @param create the record's constructor, for a value the spec does not list
   * @param <V> the wire type
   * @param <E> the enumeration
   * @return the constant or a new instance
   */
  static <V, E extends OpenEnum<V>> E of(List<E> known, V value, Function<V, E> create) {
    for (E candidate : known) {
      if (candidate.value().equals(value)) {
        return candidate;
      }
    }
    return create.apply(value);
  }

  /**
   * The listed values of an enumeration too large for a constant per value, unpacked from the
   * text that generated code holds them in: each value as its length in UTF-16 units, a colon,
   * and the value as text, one after the other, across as many chunks as a class file's
   * constants need ({@code "3:abc11:hello world"}). Java refuses a class initialiser over 64 KB,
   * which a few thousand constants pass.
   *
   * @param type the wire type: {@code String}, {@code Long}, {@code BigDecimal} or {@code
   *     Boolean}
   * @param create the record's constructor
   * @param packed the chunks
   * @param <V> the wire type
   * @param <E> the enumeration
   * @return the listed values, in spec order, unmodifiable
   * @throws IllegalArgumentException if the text is not such a list
   */
  static <V, E extends OpenEnum<V>> List<E> unpack(
      Class<V> type, Function<V, E> create, String... packed) {
    Function<String, ?> parse =
        type == String.class
            ? Function.identity()
            : type == Long.class
                ? Long::valueOf
                : type == BigDecimal.class
                    ? BigDecimal::new
                    : type == Boolean.class ? Boolean::valueOf : null;
    if (parse == null) {
      throw new IllegalArgumentException("no packed values of " + type.getName());
    }
    String text = String.join("", packed);
    List<E> values = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int colon = text.indexOf(':', at);
      if (colon < 0) {
        throw new IllegalArgumentException("packed values end inside a length at " + at);
      }
      int length = Integer.parseInt(text, at, colon, 10);
      int end = colon + 1 + length;
      if (length < 0 || end > text.length()) {
        throw new IllegalArgumentException("a packed value runs past the end at " + at);
      }
      values.add(create.apply(type.cast(parse.apply(text.substring(colon + 1, end)))));
      at = end;
    }
    return Collections.unmodifiableList(values);
  }
}
