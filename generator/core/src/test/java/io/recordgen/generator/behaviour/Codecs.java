package io.recordgen.generator.behaviour;

import io.recordgen.jackson2.Jackson2Codec;
import io.recordgen.jackson3.Jackson3Codec;
import io.recordgen.runtime.JsonCodec;
import java.util.stream.Stream;

/** Every JSON codec: each behaviour suite runs against each, {@code @MethodSource(Codecs.ALL)}. */
final class Codecs {
  static final String ALL = "io.recordgen.generator.behaviour.Codecs#all";

  private Codecs() {}

  static Stream<JsonCodec> all() {
    return Stream.of(Jackson2Codec.create(), Jackson3Codec.create());
  }
}
