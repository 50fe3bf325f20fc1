package io.recordgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {
  @ParameterizedTest
  @CsvSource({
    "2020-07-07T01:17:05+0800, 8",
    "2020-07-07T01:17:05+08:00, 8",
    "2020-07-07T01:17:05+08, 8",
    "2020-07-07t01:17:05+0800, 8",
    "2020-07-06T17:17:05Z, 0",
    "2020-07-06T17:17:05z, 0",
    "2020-07-06T12:17:05-0500, -5",
  })
  void acceptsOffsetsWithAndWithoutColon(String text, int hours) {
    OffsetDateTime parsed = DateTimes.parseOffsetDateTime(text);

    assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.ofHours(hours));
    assertThat(parsed.toInstant()).hasToString("2020-07-06T17:17:05Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-07-07T01:17:05.123456+0800", "2020-07-07T01:17:05.5+08:00"})
  void acceptsFractions(String text) {
    assertThat(DateTimes.parseOffsetDateTime(text).getNano()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-07-07T01:17:05", "2020-07-07", "yesterday", "2020-13-07T01:17:05Z"})
  void refusesTextWithoutADateTimeAndOffset(String text) {
    assertThatThrownBy(() -> DateTimes.parseOffsetDateTime(text))
        .isInstanceOf(DateTimeParseException.class);
  }
}
