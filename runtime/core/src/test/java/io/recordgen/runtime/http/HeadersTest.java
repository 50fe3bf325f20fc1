package io.recordgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadersTest {
  @Test
  void namesCompareIgnoringCaseAndKeepTheirFirstSpelling() {
    Headers headers = Headers.empty().with("X-Request-Id", "a").plus("x-request-id", "b");

    assertThat(headers.values("X-REQUEST-ID")).containsExactly("a", "b");
    assertThat(headers.names()).containsExactly("X-Request-Id");
    assertThat(headers.firstValue("x-request-id")).contains("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"secret\r\nX-Evil: 1", "secret\nvalue", "sec\0ret"})
  void valuesWithLineBreaksOrNulAreRefusedNamingTheHeaderOnly(String value) {
    assertThatThrownBy(() -> Headers.empty().with("X-Auth-Token", value))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("X-Auth-Token")
        .hasMessageNotContaining("secret")
        .hasMessageNotContaining("sec");
  }

  @Test
  void forEachVisitsEveryValueUnderItsFirstSpellingInOrder() {
    Headers headers =
        Headers.empty().with("Accept", "a").with("X-Trace", "t1").plus("x-trace", "t2");
    List<String> seen = new ArrayList<>();

    headers.forEach((name, value) -> seen.add(name + "=" + value));

    assertThat(seen).containsExactly("Accept=a", "X-Trace=t1", "X-Trace=t2");
  }

  @Test
  void namesMustBeTokens() {
    assertThatThrownBy(() -> Headers.empty().with("X Evil\r\n", "v"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void toStringShowsNamesOnly() {
    assertThat(Headers.of(Map.of("X-Auth-Token", List.of("top-secret"))).toString())
        .isEqualTo("Headers[X-Auth-Token]");
  }
}
