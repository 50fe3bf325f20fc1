package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.http.Headers;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Date-time headers read typed: RFC 3339, and the three HTTP-date forms of RFC 9110 5.6.7. */
class HttpDatesTest {
  private static final OffsetDateTime EXPECTED = OffsetDateTime.parse("1994-11-06T08:49:37Z");

  private static OffsetDateTime read(String value) {
    return HeaderKey.of("Last-Modified", OffsetDateTime.class)
        .read(Headers.of(Map.of("Last-Modified", List.of(value))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sun, 06 Nov 1994 08:49:37 GMT", // IMF-fixdate
        "Sunday, 06-Nov-94 08:49:37 GMT", // obsolete RFC 850
        "Sun Nov  6 08:49:37 1994", // obsolete asctime
        "1994-11-06T08:49:37Z", // RFC 3339
        "1994-11-06T16:49:37+08:00"
      })
  void everyFormReadsAsTheSameInstant(String value) {
    assertThat(read(value).toInstant()).isEqualTo(EXPECTED.toInstant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "Sun, 32 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994",
        "Monday, 06-Nov-94 08:49:37 GMT" // 6 November 1994 was a Sunday
      })
  void anythingElseIsADecodingErrorThatNamesTheHeader(String value) {
    assertThatThrownBy(() -> read(value))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("Last-Modified");
  }

  @org.junit.jupiter.api.Test
  void aTwoDigitYearIsTheMostRecentOneNotMoreThanFiftyYearsAhead() {
    java.time.Clock in2026 =
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-02T00:00:00Z"), java.time.ZoneOffset.UTC);

    assertThat(
            io.recordgen.runtime.internal.HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT", in2026))
        .isEqualTo(EXPECTED);
    assertThat(
            io.recordgen.runtime.internal.HttpDates.parse(
                "Wednesday, 06-Nov-30 08:49:37 GMT", in2026))
        .isEqualTo(OffsetDateTime.parse("2030-11-06T08:49:37Z"));
  }
}
