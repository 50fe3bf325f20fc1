package io.recordgen.runtime;

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
}
