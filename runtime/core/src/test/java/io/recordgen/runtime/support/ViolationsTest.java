package io.recordgen.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.Violation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ViolationsTest {
  private static List<Violation> run(java.util.function.Consumer<Violations> checks) {
    Violations violations = new Violations("Target");
    checks.accept(violations);
    try {
      violations.throwIfAny();
      return List.of();
    } catch (ConstraintViolationException e) {
      return e.violations();
    }
  }

  @Test
  void nullPassesEveryRuleButRequired() {
    assertThat(
            run(
                v -> {
                  v.minLength("a", null, 3);
                  v.pattern("a", null, Pattern.compile("x"));
                  v.minimum("a", null, 1);
                  v.minItems("a", null, 1);
                }))
        .isEmpty();
    assertThat(run(v -> v.required("a", null)))
        .extracting(Violation::rule)
        .containsExactly("required");
  }

  @Test
  void lengthsCountCodePoints() {
    String twoEmoji = "\uD83D\uDE00\uD83D\uDE00";

    assertThat(run(v -> v.maxLength("a", twoEmoji, 2))).isEmpty();
    assertThat(run(v -> v.minLength("a", twoEmoji, 3))).hasSize(1);
  }

  @Test
  void patternsAreNotImplicitlyAnchored() {
    assertThat(run(v -> v.pattern("a", "xx-yy", Pattern.compile("-")))).isEmpty();
  }

  @Test
  void numericBoundsInclusiveAndExclusive() {
    assertThat(
            run(
                v -> {
                  v.minimum("a", 1, 1);
                  v.maximum("b", 732L, 732);
                  v.exclusiveMinimum("c", 1, 1);
                  v.exclusiveMaximum("d", 2.5, new BigDecimal("2.5"));
                  v.maximum("e", new BigDecimal("100.01"), new BigDecimal("100"));
                  v.multipleOf("f", new BigDecimal("0.3"), new BigDecimal("0.1"));
                  v.multipleOf("g", 7, new BigDecimal("2"));
                }))
        .extracting(Violation::field)
        .containsExactly("c", "d", "e", "g");
  }

  @Test
  void collections() {
    assertThat(
            run(
                v -> {
                  v.minItems("a", List.of(), 1);
                  v.maxItems("b", List.of(1, 2), 1);
                  v.uniqueItems("c", List.of(1, 1));
                  v.noNullItems("d", Arrays.asList("x", null));
                  v.maxProperties("e", Map.of("k", 1, "l", 2), 1);
                }))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "minItems"),
            org.assertj.core.groups.Tuple.tuple("b", "maxItems"),
            org.assertj.core.groups.Tuple.tuple("c", "uniqueItems"),
            org.assertj.core.groups.Tuple.tuple("d[1]", "required"),
            org.assertj.core.groups.Tuple.tuple("e", "maxProperties"));
  }

  @Test
  void itemChecksNameTheItem() {
    Pattern digits = Pattern.compile("^\\d+$");

    assertThat(
            run(
                v ->
                    v.each(
                        "tags",
                        List.of("1", "x", "3", "y"),
                        (items, field, item) -> items.pattern(field, item, digits))))
        .extracting(Violation::field)
        .containsExactly("tags[1]", "tags[3]");
  }

  @Test
  void sensitiveValuesAreWithheld() {
    assertThatThrownBy(
            () -> {
              Violations v = new Violations("Credentials").sensitive("password");
              v.minLength("password", "hunter2", 12);
              v.throwIfAny();
            })
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> {
              assertThat(e.violations().get(0).rejectedValue()).isNull();
              assertThat(e.getMessage()).doesNotContain("hunter2").contains("value withheld");
            });
  }

  @Test
  void rejectedValuesCannotForgeLogLines() {
    assertThat(run(v -> v.maxLength("a", "x\nERROR fake log line", 3)).get(0).toString())
        .contains("x\\nERROR")
        .doesNotContain("\n");
  }
}
