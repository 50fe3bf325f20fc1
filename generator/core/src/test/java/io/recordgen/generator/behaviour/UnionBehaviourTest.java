package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.JsonCodec;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden unions, compiled and loaded: each JSON value decodes into the alternative it
 * should, and encodes back to the same JSON.
 */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class UnionBehaviourTest {
  @Parameter JsonCodec codec;

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static ClassLoader load(String name) {
    return Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve(name));
  }

  private Object decode(ClassLoader loader, String type, String json) throws Exception {
    return codec.decode(json.getBytes(StandardCharsets.UTF_8), loader.loadClass(type));
  }

  private void assertRoundTrip(Object value, String json) throws Exception {
    assertThat(PLAIN.readTree(codec.encode(value))).isEqualTo(PLAIN.readTree(json));
  }

  private static Object component(Object record, String name) throws Exception {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component.getAccessor().invoke(record);
      }
    }
    throw new AssertionError("no component " + name + " in " + record.getClass());
  }

  @Test
  void aDiscriminatorPicksTheRecordByNameAndKeepsUnknownValues() throws Exception {
    ClassLoader loader = load("oneof-discriminator");
    String type = "golden.oneofdiscriminator.model.Payment";
    List<String> classes = new ArrayList<>();
    for (String json :
        List.of(
            "{\"amount\":5,\"method\":{\"type\":\"card\",\"number\":\"4242424242424242\"}}",
            "{\"amount\":5,\"method\":{\"type\":\"credit_card\",\"number\":\"4242424242424242\"}}",
            "{\"amount\":5,\"method\":{\"type\":\"bank_transfer\",\"iban\":\"DE89\"}}",
            "{\"amount\":5,\"method\":{\"type\":\"Wallet\",\"provider\":\"pay\"}}",
            "{\"amount\":5,\"method\":{\"type\":\"crypto\",\"chain\":\"x\"}}")) {
      Object payment = decode(loader, type, json);
      Object method = component(payment, "method");
      classes.add(method.getClass().getSimpleName());
      assertRoundTrip(payment, json);
    }
    assertThat(classes).containsExactly("Card", "Card", "BankTransfer", "Wallet", "Unknown");
  }

  @Test
  void aMemberStillChecksItsOwnConstraints() {
    ClassLoader loader = load("oneof-discriminator");
    assertThatThrownBy(
            () ->
                decode(
                    loader,
                    "golden.oneofdiscriminator.model.Payment",
                    "{\"amount\":5,\"method\":{\"type\":\"card\",\"number\":\"12\"}}"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("number");
  }

  @Test
  void aMemberDecodesAsItselfWithoutItsUnion() throws Exception {
    ClassLoader loader = load("oneof-discriminator");
    Object card =
        decode(
            loader,
            "golden.oneofdiscriminator.model.Card",
            "{\"type\":\"card\",\"number\":\"4242424242424242\"}");
    assertThat(card.getClass().getSimpleName()).isEqualTo("Card");
  }

  @Test
  void anAllOfHierarchyDispatchesOnItsRootsDiscriminator() throws Exception {
    ClassLoader loader = load("allof-hierarchy");
    String json =
        "[{\"name\":\"Tom\",\"petType\":\"cat\",\"lives\":9},"
            + "{\"name\":\"Rex\",\"petType\":\"Dog\",\"bark\":\"woof\"},"
            + "{\"name\":\"Bit\",\"petType\":\"Puppy\",\"bark\":\"yip\",\"ageWeeks\":8},"
            + "{\"name\":\"Tweety\",\"petType\":\"Bird\"}]";
    Class<?> pet = loader.loadClass("golden.allofhierarchy.model.Pet");
    JsonNode tree = PLAIN.readTree(json);
    List<String> classes = new ArrayList<>();
    for (JsonNode element : tree) {
      Object value = codec.decode(PLAIN.writeValueAsBytes(element), pet);
      classes.add(value.getClass().getSimpleName());
      assertThat(pet.isInstance(value)).isTrue();
      assertRoundTrip(value, element.toString());
    }
    assertThat(classes).containsExactly("Cat", "Dog", "Puppy", "Unknown");
    assertThat(pet.isSealed()).isTrue();
  }

  @Test
  void withoutADiscriminatorTheShapeDecides() throws Exception {
    ClassLoader loader = load("oneof-shapes");
    String type = "golden.oneofshapes.model.Charge";
    String[][] cases = {
      {"{\"id\":\"ch_1\",\"amount\":1250}", "amount", "OfLong"},
      {"{\"id\":\"ch_1\",\"amount\":\"12.50\"}", "amount", "OfString"},
      {"{\"id\":\"ch_1\",\"amount\":1,\"customer\":\"cus_1\"}", "customer", "OfString"},
      {
        "{\"id\":\"ch_1\",\"amount\":1,\"customer\":{\"id\":\"cus_1\",\"email\":\"a@b\"}}",
        "customer",
        "Customer"
      },
      {
        "{\"id\":\"ch_1\",\"amount\":1,\"source\":{\"object\":\"card\",\"last4\":\"4242\"}}",
        "source",
        "ChargeSourceCardSource"
      },
      {
        "{\"id\":\"ch_1\",\"amount\":1,\"source\":{\"object\":\"bank_account\",\"bank\":\"x\"}}",
        "source",
        "ChargeSourceBankAccount"
      },
      {"{\"id\":\"ch_1\",\"amount\":1,\"source\":[\"a\",\"b\"]}", "source", "OfList"},
      {"{\"id\":\"ch_1\",\"amount\":1,\"metadata\":{\"k\":\"v\"}}", "metadata", "OfMap"},
      {"{\"id\":\"ch_1\",\"amount\":1,\"metadata\":false}", "metadata", "OfBoolean"},
    };
    for (String[] each : cases) {
      Object charge = decode(loader, type, each[0]);
      assertThat(component(charge, each[1]).getClass().getSimpleName())
          .as(each[0])
          .isEqualTo(each[2]);
      assertRoundTrip(charge, each[0]);
    }
  }

  @Test
  void aStringThatBreaksItsPatternIsNoAmount() {
    ClassLoader loader = load("oneof-shapes");
    assertThatThrownBy(
            () ->
                decode(
                    loader,
                    "golden.oneofshapes.model.Charge",
                    "{\"id\":\"ch_1\",\"amount\":\"twelve\"}"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void identicalInlineUnionsShareOneType() throws Exception {
    ClassLoader loader = load("oneof-shapes");
    Class<?> charge = loader.loadClass("golden.oneofshapes.model.Charge");
    assertThat(charge.getRecordComponents()[2].getType().getSimpleName())
        .isEqualTo("StringOrCustomer");
    assertThat(charge.getRecordComponents()[3].getType())
        .isSameAs(charge.getRecordComponents()[2].getType());
  }
}
