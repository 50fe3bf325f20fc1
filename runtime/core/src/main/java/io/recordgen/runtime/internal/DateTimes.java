package io.recordgen.runtime.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses date-times the way real services send them, not only as RFC 3339 says.
 *
 * <p>TaurusDB documents {@code yyyy-mm-ddThh:mm:ssZ} but sends {@code 2020-07-07T01:17:05+0800}:
 * an offset without a colon, which {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} rejects. This
 * accepts {@code Z}, {@code +hh:mm}, {@code +hhmm} and {@code +hh}, a lower-case {@code t} or
 * {@code z}, and any fraction of a second. A date-time without an offset is still rejected: the
 * instant it means would be a guess.
 */
public final class DateTimes {
  private DateTimes() {}

  /**
   * Parses a date-time with an offset.
   *
   * @throws DateTimeParseException if the text is not a date-time with an offset
   */
  public static OffsetDateTime parseOffsetDateTime(String text) {
    return OffsetDateTime.parse(normalise(text), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static String normalise(String text) {
    String value = text.trim();
    int t = value.indexOf('t');
    if (t == 10) {
      value = value.substring(0, 10) + 'T' + value.substring(11);
    }
    if (value.endsWith("z")) {
      return value.substring(0, value.length() - 1) + 'Z';
    }
    int sign = Math.max(value.lastIndexOf('+'), value.lastIndexOf('-'));
    if (sign <= 10) {
      return value;
    }
    String offset = value.substring(sign + 1);
    if (offset.length() == 4 && isDigits(offset)) {
      return value.substring(0, sign + 3) + ':' + offset.substring(2);
    }
    if (offset.length() == 2 && isDigits(offset)) {
      return value + ":00";
    }
    return value;
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
