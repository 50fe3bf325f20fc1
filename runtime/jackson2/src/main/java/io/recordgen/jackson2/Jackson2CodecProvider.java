package io.recordgen.jackson2;

import io.recordgen.runtime.JsonCodec;

/** Registers {@link Jackson2Codec} for {@link JsonCodec#defaultCodec()}. */
public final class Jackson2CodecProvider implements JsonCodec.Provider {
  /** For the service loader. */
  public Jackson2CodecProvider() {}

  @Override
  public JsonCodec codec() {
    return Jackson2Codec.create();
  }

  /** Below Jackson 3's: with both modules present, the newer Jackson wins. */
  @Override
  public int priority() {
    return 20;
  }
}
