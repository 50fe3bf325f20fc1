package io.recordgen.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An immutable sequence of bytes, for {@code format: byte} and {@code format: binary} values.
 * Unlike {@code byte[]} it is safe in a record: equal when the contents are, never changed
 * through an accessor. In JSON it is a base64 string (RFC 4648, with padding); {@link
 * #toString()} shows the size only, since bytes are often secrets or large.
 */
public final class Bytes {
  private static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Bytes of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /** The bytes of a base64 string (the basic alphabet, as in JSON). */
  public static Bytes fromBase64(String base64) {
    return new Bytes(Base64.getDecoder().decode(base64));
  }

  /** No bytes. */
  public static Bytes empty() {
    return EMPTY;
  }

  /** A copy of the bytes. */
  @JsonValue
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** The bytes as base64, as they travel in JSON. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A stream over the bytes. */
  public InputStream asInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  /** The number of bytes. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Bytes[" + bytes.length + "]";
  }
}
