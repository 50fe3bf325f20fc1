package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.generator.Golden;
import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.json.Tristate;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absent and explicit null, for 3.0's {@code nullable: true} and 3.1's {@code "null"} type alike:
 * a body sent to the server keeps them apart, a required nullable property is always written.
 */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class NullableBehaviourTest {
  @Parameter JsonCodec codec;

  private static ClassLoader load(String name) {
    return Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve(name));
  }

  private static Object patch(ClassLoader loader, String version, Object... setters)
      throws Exception {
    return Generated.build(
        loader.loadClass("golden.nullable" + version + ".model.ProfilePatch"), setters);
  }

  private String json(Object value) {
    return new String(codec.encode(value), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "31"})
  void aPatchSendsNullOnlyWhenAskedTo(String version) throws Exception {
    ClassLoader loader = load("nullable-" + version);

    assertThat(json(patch(loader, version))).isEqualTo("{}");
    assertThat(json(patch(loader, version, "nickname", null))).isEqualTo("{\"nickname\":null}");
    assertThat(json(patch(loader, version, "nickname", "ann", "tags", List.of("a"))))
        .isEqualTo("{\"nickname\":\"ann\",\"tags\":[\"a\"]}");
    assertThat(json(patch(loader, version, "email", null))).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "31"})
  void decodingKeepsAbsentApartFromNull(String version) throws Exception {
    ClassLoader loader = load("nullable-" + version);
    Class<?> type = loader.loadClass("golden.nullable" + version + ".model.ProfilePatch");
    Method nickname = type.getMethod("nickname");

    Tristate<?> absent =
        (Tristate<?>) nickname.invoke(codec.decode("{}".getBytes(StandardCharsets.UTF_8), type));
    Tristate<?> cleared =
        (Tristate<?>)
            nickname.invoke(
                codec.decode("{\"nickname\":null}".getBytes(StandardCharsets.UTF_8), type));

    assertThat(absent.isAbsent()).isTrue();
    assertThat(cleared.isNull()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "31"})
  void constraintsApplyToAPresentValue(String version) {
    ClassLoader loader = load("nullable-" + version);
    assertThatThrownBy(() -> patch(loader, version, "nickname", "x".repeat(21)))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("nickname");
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "31"})
  void aRequiredNullablePropertyIsAlwaysWritten(String version) throws Exception {
    ClassLoader loader = load("nullable-" + version);
    Class<?> type = loader.loadClass("golden.nullable" + version + ".model.Profile");
    Object profile = type.getConstructors()[0].newInstance("p1", null, null);

    assertThat(json(profile)).isEqualTo("{\"id\":\"p1\",\"nickname\":null}");
  }
}
