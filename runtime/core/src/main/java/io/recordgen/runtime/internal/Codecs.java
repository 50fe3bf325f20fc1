package io.recordgen.runtime.internal;

import io.recordgen.runtime.JsonCodec;
import java.util.Comparator;
import java.util.ServiceLoader;

/** Finds the JSON codec a module on the class path registers, once. */
public final class Codecs {
  private Codecs() {}

  private static final class Holder {
    static final JsonCodec CODEC = find();
  }

  /** The registered codec of highest priority (ties broken by class name, so it is stable). */
  public static JsonCodec discovered() {
    return Holder.CODEC;
  }

  private static JsonCodec find() {
    return ServiceLoader.load(JsonCodec.Provider.class, JsonCodec.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .max(
            Comparator.comparingInt(JsonCodec.Provider::priority)
                .thenComparing(p -> p.getClass().getName(), Comparator.reverseOrder()))
        .map(JsonCodec.Provider::codec)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no JSON codec on the class path: add io.recordgen:recordgen-jackson2 (Jackson"
                        + " 2) or io.recordgen:recordgen-jackson3 (Jackson 3), or pass one to"
                        + " ApiClient.Builder.codec"));
  }
}
