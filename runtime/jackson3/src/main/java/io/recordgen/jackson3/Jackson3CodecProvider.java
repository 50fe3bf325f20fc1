package io.recordgen.jackson3;

import io.recordgen.runtime.JsonCodec;

/** Registers {@link Jackson3Codec} for {@link JsonCodec#defaultCodec()}. */
public final class Jackson3CodecProvider implements JsonCodec.Provider {
  /** For the service loader. */
  public Jackson3CodecProvider() {}

  @Override
  public JsonCodec codec() {
    return Jackson3Codec.create();
  }

  /** Above Jackson 2's: with both modules present, the newer Jackson wins. */
  @Override
  public int priority() {
    return 30;
  }
}
