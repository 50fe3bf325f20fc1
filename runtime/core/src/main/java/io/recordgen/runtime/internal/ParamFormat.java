package io.recordgen.runtime.internal;

import io.recordgen.runtime.OpenEnum;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/** Writes parameter values (path, query, header, cookie) as the text that goes on the wire. */
public final class ParamFormat {
  private ParamFormat() {}

  /** The wire text of a simple value. */
  public static String format(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof OpenEnum<?> open) {
      return format(open.value());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof io.recordgen.runtime.Bytes bytes) {
      return bytes.toBase64();
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }
}
