package io.recordgen.runtime;

import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.support.HeaderValues;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A response header a spec declares, with the type its schema gives it. Generated code holds one
 * constant per declared header, to read it from an {@link ApiResponse}:
 *
 * <pre>{@code
 * Integer total = response.header(ListPetsHeaders.X_TOTAL_COUNT);
 * }</pre>
 *
 * @param name the header name, in any case
 * @param type its value type
 * @param <V> that type
 */
public record HeaderKey<V>(String name, Class<V> type) {
  public HeaderKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** A key. */
  public static <V> HeaderKey<V> of(String name, Class<V> type) {
    return new HeaderKey<>(name, type);
  }

  /** The first value of the header in {@code headers}, typed, or {@code null}. */
  public @Nullable V read(Headers headers) {
    return HeaderValues.first(headers, name, type);
  }
}
