package io.recordgen.runtime;

/**
 * An enumeration that keeps values it does not know, as generated for OpenAPI {@code enum}: a
 * server that adds a value later must not break decoding.
 *
 * @param <V> the wire type, {@code String} or a number type
 */
public interface OpenEnum<V> {
  /** The value as it travels on the wire. */
  V value();

  /** Whether the value is one the spec declared when the code was generated. */
  boolean isKnown();
}
