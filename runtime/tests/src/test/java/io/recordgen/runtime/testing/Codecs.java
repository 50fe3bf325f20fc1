package io.recordgen.runtime.testing;

import io.recordgen.jackson2.Jackson2Codec;
import io.recordgen.jackson3.Jackson3Codec;
import io.recordgen.runtime.JsonCodec;
import java.util.stream.Stream;

/** Every JSON codec, for suites that run against each: {@code @MethodSource(Codecs.ALL)}. */
public final class Codecs {
  /** The method source of every codec. */
  public static final String ALL = "io.recordgen.runtime.testing.Codecs#all";

  private Codecs() {}

  /** Jackson 2's and Jackson 3's. */
  public static Stream<JsonCodec> all() {
    return Stream.of(Jackson2Codec.create(), Jackson3Codec.create());
  }
}
