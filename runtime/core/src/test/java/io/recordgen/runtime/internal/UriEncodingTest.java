package io.recordgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UriEncodingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-07-07T01:17:05+0800|2020-07-07T01%3A17%3A05%2B0800",
        "a b|a%20b",
        "a/b|a%2Fb",
        "~-._|~-._",
        "*|%2A",
        "é|%C3%A9",
        "%2e%2e|%252e%252e",
        "a&b=c|a%26b%3Dc",
      })
  void encodesEverythingButUnreservedCharacters(String text, String encoded) {
    assertThat(UriEncoding.encode(text)).isEqualTo(encoded);
  }
}
