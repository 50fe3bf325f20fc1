package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Undeclared properties are kept, typed and checked where the spec says what they hold. */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class AdditionalPropertiesBehaviourTest {
  @Parameter JsonCodec codec;

  private static final ClassLoader LOADER =
      Golden.loadExpected(
          Golden.sourceResources().resolve("golden").resolve("additional-properties"));

  private Object decode(String type, String json) throws Exception {
    return codec.decode(
        json.getBytes(StandardCharsets.UTF_8),
        LOADER.loadClass("golden.additionalproperties.model." + type));
  }

  @Test
  void undeclaredPropertiesRoundTrip() throws Exception {
    String json =
        "{\"name\":\"r\",\"labels\":{\"app\":\"web\"},\"annotations\":{\"a\":[1]},"
            + "\"limits\":{\"cpu\":2,\"gpu\":1,\"tpu\":0},\"strict\":{\"mode\":\"on\"},"
            + "\"extra\":{\"version\":3,\"free\":{\"x\":true}}}";
    Object resource = decode("Resource", json);

    ObjectMapper plain = new ObjectMapper();
    assertThat(plain.readTree(codec.encode(resource))).isEqualTo(plain.readTree(json));
    Object limits = resource.getClass().getMethod("limits").invoke(resource);
    assertThat(limits.getClass().getMethod("additionalProperties").invoke(limits))
        .isEqualTo(Map.of("gpu", 1L, "tpu", 0L));
  }

  @Test
  void undeclaredValuesAreChecked() {
    assertThatThrownBy(() -> decode("Limits", "{\"cpu\":2,\"gpu\":-1}"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("gpu");
    assertThatThrownBy(() -> decode("Limits", "{\"cpu\":2,\"gpu\":\"many\"}"))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void theMapIsNeverNullAndCannotBeChanged() throws Exception {
    Object limits = decode("Limits", "{\"cpu\":2}");
    @SuppressWarnings("unchecked")
    Map<String, Long> extra =
        (Map<String, Long>) limits.getClass().getMethod("additionalProperties").invoke(limits);

    assertThat(extra).isEmpty();
    assertThatThrownBy(() -> extra.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
  }
}
