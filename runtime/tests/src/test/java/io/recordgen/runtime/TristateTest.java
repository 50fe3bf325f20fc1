package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.recordgen.runtime.json.Tristate;
import io.recordgen.runtime.testing.Codecs;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Optional nullable properties with each codec, on a record written as the generator writes it. */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class TristateTest {
  @Parameter JsonCodec codec;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Patch(
      @JsonProperty("nick")
          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Tristate.Absent.class)
          Tristate<@Nullable String> nick,
      @JsonProperty("tags")
          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Tristate.Absent.class)
          Tristate<@Nullable List<String>> tags,
      @JsonProperty("at")
          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Tristate.Absent.class)
          Tristate<@Nullable OffsetDateTime> at,
      @JsonProperty("plain") @Nullable String plain) {
    Patch {
      nick = nick == null ? Tristate.absent() : nick;
      tags = tags == null ? Tristate.absent() : tags;
      at = at == null ? Tristate.absent() : at;
    }
  }

  private String encode(Object value) {
    return new String(codec.encode(value), StandardCharsets.UTF_8);
  }

  private Patch decode(String json) {
    return codec.decode(json.getBytes(StandardCharsets.UTF_8), Patch.class);
  }

  @Test
  void absentIsLeftOutNullIsSentAValueIsAValue() {
    Patch patch =
        new Patch(
            Tristate.ofNull(),
            Tristate.of(List.of("a")),
            Tristate.of(OffsetDateTime.parse("2020-07-07T01:17:05+08:00")),
            null);

    assertThat(encode(patch))
        .isEqualTo("{\"nick\":null,\"tags\":[\"a\"],\"at\":\"2020-07-07T01:17:05+08:00\"}");
    assertThat(encode(new Patch(null, null, null, null))).isEqualTo("{}");
  }

  @Test
  void aMissingPropertyIsAbsentANullIsNullAndAValueIsTyped() {
    Patch patch =
        decode("{\"nick\": null, \"tags\": [\"a\", \"b\"], \"at\": \"2020-07-07T01:17:05+0800\"}");

    assertThat(patch.nick().isNull()).isTrue();
    assertThat(patch.tags().get()).containsExactly("a", "b");
    assertThat(patch.at().get()).hasToString("2020-07-07T01:17:05+08:00");
    assertThat(decode("{}").nick().isAbsent()).isTrue();
    assertThat(decode("{}").tags()).isEqualTo(Tristate.absent());
  }

  @Test
  void aValueOfTheWrongTypeIsADecodingError() {
    assertThatThrownBy(() -> decode("{\"tags\": 3}")).isInstanceOf(DecodingException.class);
  }

  @Test
  void plainJavaLeavesAbsentPropertiesOut() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("nick", null);
    expected.put("tags", List.of("a"));

    assertThat(codec.toPlain(new Patch(Tristate.ofNull(), Tristate.of(List.of("a")), null, null)))
        .isEqualTo(expected);
  }

  @Test
  void theThreeStatesBehaveAsDocumented() {
    assertThat(Tristate.of(null)).isEqualTo(Tristate.ofNull());
    assertThat(Tristate.<String>absent().map(String::length)).isEqualTo(Tristate.absent());
    assertThat(Tristate.<String>ofNull().map(String::length)).isEqualTo(Tristate.ofNull());
    assertThat(Tristate.of("abc").map(String::length)).isEqualTo(Tristate.of(3));
    assertThat(Tristate.<String>absent().orElse("x")).isEqualTo("x");
    assertThat(Tristate.of("v").toOptional()).contains("v");
    assertThatThrownBy(() -> Tristate.ofNull().get()).isInstanceOf(NoSuchElementException.class);
    assertThat(List.of(Tristate.absent(), Tristate.ofNull(), Tristate.of("v")))
        .extracting(Object::toString)
        .containsExactly("absent", "null", "v");
  }
}
