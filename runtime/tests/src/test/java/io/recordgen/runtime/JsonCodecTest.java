package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.testing.Codecs;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guarantees of {@link JsonCodec}, with each codec. */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class JsonCodecTest {
  @Parameter JsonCodec codec;

  record Sample(Integer count, OffsetDateTime at) {}

  private <T> T decode(String json, Class<T> type) {
    return codec.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void decodesRecordsAndOffsetsWithoutColon() {
    Sample sample =
        decode("{\"count\": 3, \"at\": \"2020-07-07T01:17:05+0800\", \"x\": 1}", Sample.class);

    assertThat(sample.count()).isEqualTo(3);
    assertThat(sample.at()).hasToString("2020-07-07T01:17:05+08:00");
  }

  @Test
  void writesRfc3339() {
    String json =
        new String(
            codec.encode(new Sample(1, OffsetDateTime.parse("2020-07-07T01:17:05+08:00"))),
            StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\"count\":1,\"at\":\"2020-07-07T01:17:05+08:00\"}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"count\": 1.5}",
        "{\"count\": \"7\"}",
        "{\"count\": 1, \"count\": 2}",
        "{\"count\": 1} trailing",
        "{\"count\": 1",
        "{\"at\": \"not a time\"}",
        "{\"at\": 17}",
        "[1, 2]",
      })
  void refusesJsonThatWouldLoseOrInventData(String json) {
    assertThatThrownBy(() -> decode(json, Sample.class)).isInstanceOf(DecodingException.class);
  }

  @Test
  void theNullDocumentIsNotAValue() {
    assertThatThrownBy(() -> decode("null", Sample.class))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("JSON null");
  }

  @Test
  void decodingErrorsLocateTheProblemWithoutQuotingTheBody() {
    assertThatThrownBy(() -> decode("{\"count\": \"password=hunter2\"}", Sample.class))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("$.count")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void plainJavaIsWhatTravels() {
    Object plain = codec.toPlain(new Sample(2, OffsetDateTime.parse("2020-07-07T01:17:05+08:00")));

    assertThat(plain).isEqualTo(java.util.Map.of("count", 2, "at", "2020-07-07T01:17:05+08:00"));
    assertThat(codec.parse("{\"a\": [1, 2.5, true, null]}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(
            java.util.Map.of(
                "a", java.util.Arrays.asList(1, new java.math.BigDecimal("2.5"), true, null)));
    assertThat(codec.parse("null".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThatThrownBy(() -> codec.parse("<html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void theDefaultIsTheCodecOfHighestPriority() {
    assertThat(JsonCodec.defaultCodec().getClass().getSimpleName()).isEqualTo("Jackson3Codec");
  }
}
