package io.recordgen.runtime.support;

import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.internal.DateTimes;
import io.recordgen.runtime.internal.HttpDates;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Typed values of response headers, for the {@code ...WithHeaders} methods of generated clients.
 */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * The first value of a header as {@code type}: {@code String}, a number, {@code Boolean},
   * {@code OffsetDateTime} (either offset spelling), {@code LocalDate}, {@code UUID} or {@code
   * URI}.
   *
   * @param headers the response headers
   * @param name the header name, in any case
   * @param type the type the spec gives it
   * @param <T> that type
   * @return the value, or {@code null} when the header is absent
   * @throws DecodingException when the value is not of that type; the value is not quoted
   */
  public static <T> @Nullable T first(Headers headers, String name, Class<T> type) {
    Optional<String> value = headers.firstValue(name);
    if (value.isEmpty()) {
      return null;
    }
    String text = value.get().trim();
    try {
      return type.cast(parse(text, type));
    } catch (RuntimeException e) {
      throw Internals.decoding(
          "response header " + name + " is not a valid " + type.getSimpleName(), e);
    }
  }

  private static Object parse(String text, Class<?> type) {
    if (type == String.class) {
      return text;
    }
    if (type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == Integer.class) {
      return Integer.valueOf(text);
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(text);
    }
    if (type == Double.class) {
      return Double.valueOf(text);
    }
    if (type == Float.class) {
      return Float.valueOf(text);
    }
    if (type == Boolean.class) {
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.valueOf(text);
      }
      throw new IllegalArgumentException("not a boolean");
    }
    if (type == OffsetDateTime.class) {
      // RFC 3339 as the spec says, or an HTTP-date as HTTP's own headers carry (Last-Modified).
      try {
        return DateTimes.parseOffsetDateTime(text);
      } catch (java.time.format.DateTimeParseException notIso) {
        OffsetDateTime date = HttpDates.parse(text, java.time.Clock.systemUTC());
        if (date == null) {
          throw notIso;
        }
        return date;
      }
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type == UUID.class) {
      return UUID.fromString(text);
    }
    if (type == URI.class) {
      return URI.create(text);
    }
    throw new IllegalArgumentException("unsupported header type " + type.getName());
  }
}
