package io.recordgen.runtime;

import io.recordgen.runtime.internal.Codecs;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * How a client turns records into JSON and back. The runtime names no JSON library: {@code
 * recordgen-jackson2} implements this with Jackson 2, {@code recordgen-jackson3} with Jackson 3,
 * and each registers itself, so that {@link #defaultCodec()} finds the one on the class path.
 * Generated code depends on {@code jackson-annotations} only, which both share.
 *
 * <p>Every implementation keeps the same guarantees, which the shared test suites check against
 * each: unknown properties are ignored (a server may add fields); a float for an integer, {@code
 * null} for a primitive, a string for a number, duplicate keys and trailing content are errors;
 * an absent {@link io.recordgen.runtime.json.Tristate} property is left out; date-times accept
 * offsets without a colon ({@code +0800}) and are written as RFC 3339; unions decode by {@link
 * io.recordgen.runtime.json.UnionRules}; no class is ever loaded by a name from the wire; and
 * messages never quote the JSON's values.
 */
public interface JsonCodec {
  /**
   * Encodes a value as UTF-8 JSON.
   *
   * @throws DecodingException if it cannot be encoded
   */
  byte[] encode(Object value);

  /**
   * Decodes UTF-8 JSON into {@code type}.
   *
   * @throws DecodingException if the JSON is malformed, of the wrong shape, or breaks the type's
   *     constraints
   */
  <T> T decode(byte[] json, Type type);

  /**
   * A value as plain Java, as it would travel: objects as {@code Map<String, Object>} in order,
   * arrays as {@code List}, and {@code String}, {@code Number}, {@code Boolean} or {@code null};
   * an absent property is left out. Form bodies and error bodies are read through it.
   */
  @Nullable Object toPlain(Object value);

  /**
   * Parses UTF-8 JSON into plain Java, as {@link #toPlain} shows values.
   *
   * @throws DecodingException if the bytes are not one JSON value
   */
  @Nullable Object parse(byte[] json);

  /**
   * The codec every client uses unless told otherwise: the one that a codec module on the class
   * path registers ({@code META-INF/services/io.recordgen.runtime.JsonCodec$Provider}), the one of
   * highest priority when there are several.
   *
   * @throws IllegalStateException when no codec module is on the class path
   */
  static JsonCodec defaultCodec() {
    return Codecs.discovered();
  }

  /** What a codec module registers, for {@link #defaultCodec()} to find. */
  interface Provider {
    /** The codec, configured as its module documents. */
    JsonCodec codec();

    /** Which to take when several modules are present: the highest wins. */
    int priority();
  }
}
