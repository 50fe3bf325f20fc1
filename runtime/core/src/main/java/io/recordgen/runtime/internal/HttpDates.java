package io.recordgen.runtime.internal;

import java.text.ParsePosition;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * HTTP-dates in all three forms a recipient must accept (RFC 9110, section 5.6.7): the preferred
 * IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form ({@code
 * Sunday, 06-Nov-94 08:49:37 GMT}) and ANSI C's asctime form ({@code Sun Nov  6 08:49:37 1994}).
 * All are in GMT, with English names of days and months (which the root locale of the JDK's
 * locale data does not have in full).
 */
public final class HttpDates {
  private static final DateTimeFormatter IMF_FIXDATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT)
          .appendLiteral(", ")
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .appendLiteral(' ')
          .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT)
          .appendLiteral(' ')
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral(' ')
          .appendPattern("HH:mm:ss")
          .appendLiteral(" GMT")
          .toFormatter(Locale.ENGLISH);

  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL)
          .appendLiteral(", ")
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .appendLiteral('-')
          .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT)
          .appendLiteral('-')
          .appendValue(ChronoField.YEAR_OF_ERA, 2)
          .appendLiteral(' ')
          .appendPattern("HH:mm:ss")
          .appendLiteral(" GMT")
          .toFormatter(Locale.ENGLISH);

  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT)
          .appendLiteral(' ')
          .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT)
          .appendLiteral(' ')
          .padNext(2)
          .appendValue(ChronoField.DAY_OF_MONTH)
          .appendLiteral(' ')
          .appendPattern("HH:mm:ss")
          .appendLiteral(' ')
          .appendValue(ChronoField.YEAR, 4)
          .toFormatter(Locale.ENGLISH);

  private HttpDates() {}

  /**
   * Parses an HTTP-date in any of its three forms.
   *
   * @param clock the clock that places an RFC 850 date's two-digit year: one more than 50 years
   *     ahead is the most recent past year with those digits
   * @return the instant, in UTC; {@code null} when the text is no HTTP-date
   */
  public static @Nullable OffsetDateTime parse(String text, Clock clock) {
    String value = text.trim();
    try {
      return LocalDateTime.parse(value, IMF_FIXDATE).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException notFixdate) {
      // try the obsolete forms
    }
    // Unresolved: resolving would place the two-digit year in the first century and then find
    // the day of the week wrong for it.
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor parsed = RFC_850.parseUnresolved(value, position);
    if (parsed != null && position.getErrorIndex() < 0 && position.getIndex() == value.length()) {
      try {
        int twoDigits = (int) parsed.getLong(ChronoField.YEAR_OF_ERA) % 100;
        int now = OffsetDateTime.now(clock).getYear();
        int year = now - Math.floorMod(now, 100) + twoDigits;
        if (year > now + 50) {
          year -= 100;
        }
        LocalDateTime time =
            LocalDateTime.of(
                year,
                (int) parsed.getLong(ChronoField.MONTH_OF_YEAR),
                (int) parsed.getLong(ChronoField.DAY_OF_MONTH),
                (int) parsed.getLong(ChronoField.HOUR_OF_DAY),
                (int) parsed.getLong(ChronoField.MINUTE_OF_HOUR),
                (int) parsed.getLong(ChronoField.SECOND_OF_MINUTE));
        return checkedDay(time, DayOfWeek.of((int) parsed.getLong(ChronoField.DAY_OF_WEEK)));
      } catch (java.time.DateTimeException notADate) {
        return null;
      }
    }
    try {
      return LocalDateTime.parse(value, ASCTIME).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException notAsctime) {
      return null;
    }
  }

  private static @Nullable OffsetDateTime checkedDay(LocalDateTime time, DayOfWeek day) {
    return time.getDayOfWeek() == day ? time.atOffset(ZoneOffset.UTC) : null;
  }
}
