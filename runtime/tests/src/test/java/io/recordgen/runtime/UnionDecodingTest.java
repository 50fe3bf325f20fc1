package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.recordgen.runtime.json.JsonUnion;
import io.recordgen.runtime.json.TypeToken;
import io.recordgen.runtime.json.UnionAlternative;
import io.recordgen.runtime.json.UnionAlternative.Shape;
import io.recordgen.runtime.json.UnionAlternatives;
import io.recordgen.runtime.support.Violations;
import io.recordgen.runtime.testing.Codecs;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The union rules with each codec, on a union written the way the generator writes one. */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class UnionDecodingTest {
  @Parameter JsonCodec codec;

  @JsonUnion(Value.Alternatives.class)
  sealed interface Value
      permits Card,
          Transfer,
          Value.OfString,
          Value.OfDate,
          Value.OfLong,
          Value.OfDecimal,
          Value.OfList,
          Value.OfColor {

    record OfString(@JsonValue String value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public OfString {}
    }

    record OfDate(@JsonValue OffsetDateTime value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public OfDate {}
    }

    record OfLong(@JsonValue Long value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public OfLong {}
    }

    record OfDecimal(@JsonValue java.math.BigDecimal value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public OfDecimal {}
    }

    record OfList(@JsonValue List<String> value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public OfList {}
    }

    record OfColor(@JsonValue Color value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public OfColor {}
    }

    final class Alternatives implements UnionAlternatives<Value> {
      public Alternatives() {}

      @Override
      public List<UnionAlternative<? extends Value>> alternatives() {
        return List.of(
            UnionAlternative.value(Shape.STRING, String.class, OfString::new),
            UnionAlternative.value(Shape.STRING, Color.class, OfColor::new),
            UnionAlternative.value(Shape.STRING, OffsetDateTime.class, OfDate::new),
            UnionAlternative.value(Shape.NUMBER, java.math.BigDecimal.class, OfDecimal::new),
            UnionAlternative.value(Shape.INTEGER, Long.class, OfLong::new),
            UnionAlternative.value(Shape.ARRAY, new TypeToken<List<String>>() {}, OfList::new),
            UnionAlternative.object(
                Card.class,
                Set.of("number"),
                Set.of("type", "number", "cvc"),
                Map.of("type", "card")),
            UnionAlternative.object(
                Transfer.class,
                Set.of("iban"),
                Set.of("type", "iban"),
                Map.of("type", "transfer")));
      }
    }
  }

  record Color(@JsonValue String value) implements OpenEnum<String> {
    static final Color RED = new Color("red");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Color of(String value) {
      return value.equals("red") ? RED : new Color(value);
    }

    @Override
    public boolean isKnown() {
      return this.equals(RED);
    }
  }

  record Card(
      @JsonProperty("type") @Nullable String type,
      @JsonProperty("number") String number,
      @JsonProperty("cvc") @Nullable String cvc)
      implements Value {
    Card {
      Violations violations = new Violations("Card");
      violations.required("number", number);
      violations.throwIfAny();
    }
  }

  record Transfer(@JsonProperty("type") @Nullable String type, @JsonProperty("iban") String iban)
      implements Value {
    Transfer {
      Violations violations = new Violations("Transfer");
      violations.required("iban", iban);
      violations.throwIfAny();
    }
  }

  record Holder(@JsonProperty("values") List<@Nullable Value> values) {}

  private List<Value> decode(String values) {
    return codec
        .<Holder>decode(
            ("{\"values\": " + values + "}").getBytes(StandardCharsets.UTF_8), Holder.class)
        .values();
  }

  @Test
  void picksAlternativesByTheJsonType() {
    List<Value> values =
        decode("[\"text\", \"2020-07-07T01:17:05+0800\", \"red\", 7, 7.5," + " [\"a\"]]");

    assertThat(values)
        .extracting(v -> v.getClass().getSimpleName())
        .containsExactly("OfString", "OfDate", "OfColor", "OfLong", "OfDecimal", "OfList");
  }

  @Test
  void anEnumThatDoesNotKnowTheValueLosesToAPlainString() {
    assertThat(decode("[\"blue\"]")).containsExactly(new Value.OfString("blue"));
  }

  @Test
  void objectsGoToTheRecordTheyFit() {
    List<Value> values =
        decode(
            "[{\"number\": \"4242\", \"cvc\": \"1\"},"
                + " {\"type\": \"transfer\", \"iban\": \"DE1\"}, {\"iban\": \"DE2\", \"extra\": 1}]");

    assertThat(values)
        .containsExactly(
            new Card(null, "4242", "1"),
            new Transfer("transfer", "DE1"),
            new Transfer(null, "DE2"));
  }

  @Test
  void aFixedPropertyOutranksTheShapeOfTheRest() {
    // Both declare "type"; only the transfer record admits this value of it.
    assertThat(decode("[{\"type\": \"transfer\", \"iban\": \"DE3\", \"number\": \"1\"}]"))
        .containsExactly(new Transfer("transfer", "DE3"));
  }

  @Test
  void encodesEachAlternativeAsItsOwnJson() {
    Holder holder =
        new Holder(
            List.of(new Value.OfString("x"), new Value.OfLong(3L), new Card("card", "4242", null)));

    assertThat(new String(codec.encode(holder), StandardCharsets.UTF_8))
        .isEqualTo("{\"values\":[\"x\",3,{\"type\":\"card\",\"number\":\"4242\",\"cvc\":null}]}");
  }

  @Test
  void aValueNoAlternativeAcceptsIsADecodingErrorThatDoesNotQuoteIt() {
    assertThatThrownBy(() -> decode("[true]"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("Value");
    assertThatThrownBy(() -> decode("[{\"secret\": \"hunter2\"}]"))
        .isInstanceOf(DecodingException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void nullStaysNull() {
    assertThat(decode("[null]")).containsExactly((Value) null);
  }

  @Test
  void bytesAreBase64AndComparedByContent() {
    record Blob(@JsonProperty("data") Bytes data) {}
    Blob blob =
        codec.<Blob>decode("{\"data\": \"AAEC\"}".getBytes(StandardCharsets.UTF_8), Blob.class);

    assertThat(blob).isEqualTo(new Blob(Bytes.of(new byte[] {0, 1, 2})));
    assertThat(blob.data().toString()).isEqualTo("Bytes[3]");
    assertThat(new String(codec.encode(blob), StandardCharsets.UTF_8))
        .isEqualTo("{\"data\":\"AAEC\"}");
  }
}
