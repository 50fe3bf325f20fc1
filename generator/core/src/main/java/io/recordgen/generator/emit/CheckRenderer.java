package io.recordgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.recordgen.generator.plan.Check;
import io.recordgen.generator.plan.ExternalTypes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Renders {@link Check}s as calls on a {@code Violations} collector, with the names the plan gives
 * pattern fields and item lambdas.
 */
final class CheckRenderer {
  private CheckRenderer() {}

  /**
   * Renders the checks of one value.
   *
   * @param collector the name of the {@code Violations} variable
   * @param field the expression for the field name: a literal, or a lambda parameter for items
   * @param value the expression for the value
   * @param checks the checks
   */
  static CodeBlock render(String collector, String field, String value, List<Check> checks) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Check check : checks) {
      code.add(render(collector, field, value, check));
    }
    return code.build();
  }

  private static CodeBlock render(String v, String field, String value, Check check) {
    if (check instanceof Check.Required) {
      return CodeBlock.of("$L.required($L, $L);\n", v, field, value);
    }
    if (check instanceof Check.MinLength min) {
      return CodeBlock.of("$L.minLength($L, $L, $L);\n", v, field, value, min.value());
    }
    if (check instanceof Check.MaxLength max) {
      return CodeBlock.of("$L.maxLength($L, $L, $L);\n", v, field, value, max.value());
    }
    if (check instanceof Check.Matches matches) {
      return CodeBlock.of("$L.pattern($L, $L, $L);\n", v, field, value, matches.constant());
    }
    if (check instanceof Check.Minimum min) {
      return CodeBlock.of(
          "$L.$L($L, $L, $L);\n",
          v,
          min.exclusive() ? "exclusiveMinimum" : "minimum",
          field,
          value,
          bound(min.value(), min.integral()));
    }
    if (check instanceof Check.Maximum max) {
      return CodeBlock.of(
          "$L.$L($L, $L, $L);\n",
          v,
          max.exclusive() ? "exclusiveMaximum" : "maximum",
          field,
          value,
          bound(max.value(), max.integral()));
    }
    if (check instanceof Check.MultipleOf multiple) {
      return CodeBlock.of(
          "$L.multipleOf($L, $L, $L);\n", v, field, value, bound(multiple.value(), false));
    }
    if (check instanceof Check.MinItems min) {
      return CodeBlock.of("$L.minItems($L, $L, $L);\n", v, field, value, min.value());
    }
    if (check instanceof Check.MaxItems max) {
      return CodeBlock.of("$L.maxItems($L, $L, $L);\n", v, field, value, max.value());
    }
    if (check instanceof Check.UniqueItems) {
      return CodeBlock.of("$L.uniqueItems($L, $L);\n", v, field, value);
    }
    if (check instanceof Check.NoNullItems) {
      return CodeBlock.of("$L.noNullItems($L, $L);\n", v, field, value);
    }
    if (check instanceof Check.MinProperties min) {
      return CodeBlock.of("$L.minProperties($L, $L, $L);\n", v, field, value, min.value());
    }
    if (check instanceof Check.MaxProperties max) {
      return CodeBlock.of("$L.maxProperties($L, $L, $L);\n", v, field, value, max.value());
    }
    if (check instanceof Check.Known known) {
      return CodeBlock.of(
          "$L.known($L, $L, $T.$L());\n", v, field, value, known.type(), known.knownValues());
    }
    Check.EachItem each = (Check.EachItem) check;
    Check.Lambda lambda = Objects.requireNonNull(each.lambda(), "an unnamed item check");
    String innerV = lambda.collector();
    String innerField = lambda.field();
    String innerValue = lambda.item();
    if (each.container() == Check.Container.PROPERTIES) {
      return CodeBlock.builder()
          .add("$L.eachProperty($L, ($L, $L, $L) -> {\n", v, value, innerV, innerField, innerValue)
          .indent()
          .add(render(innerV, innerField, innerValue, each.checks()))
          .unindent()
          .add("});\n")
          .build();
    }
    return CodeBlock.builder()
        .add(
            "$L.$L($L, $L, ($L, $L, $L) -> {\n",
            v,
            each.container() == Check.Container.MAP ? "eachValue" : "each",
            field,
            value,
            innerV,
            innerField,
            innerValue)
        .indent()
        .add(render(innerV, innerField, innerValue, each.checks()))
        .unindent()
        .add("});\n")
        .build();
  }

  private static CodeBlock bound(BigDecimal value, boolean integral) {
    if (integral) {
      return CodeBlock.of("$LL", value.toBigIntegerExact());
    }
    return CodeBlock.of("new $T($S)", ExternalTypes.BIG_DECIMAL, value.toPlainString());
  }
}
