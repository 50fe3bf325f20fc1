package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.model.Bound;
import io.recordgen.generator.model.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a schema's keywords, and the constraints no value can meet. Checks come out
 * unnamed; {@link #named} gives pattern fields and item lambdas their names in the scopes of the
 * type and method that check them.
 */
final class Constraints {
  private final Diagnostics diagnostics;

  Constraints(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** {@code minLength}, {@code maxLength} and {@code pattern} of a plain string. */
  List<Check> string(Schema.StringType string) {
    List<Check> checks = new ArrayList<>();
    String pointer = string.meta().pointer();
    Integer min = string.minLength();
    Integer max = string.maxLength();
    if (min != null && max != null && min > max) {
      diagnostics.report(
          Code.CONSTRAINT_CONTRADICTORY,
          pointer,
          "minLength " + min + " is greater than maxLength " + max);
    }
    if (min != null && min > 0) {
      checks.add(new Check.MinLength(min));
    }
    if (max != null) {
      checks.add(new Check.MaxLength(max));
    }
    if (string.pattern() != null) {
      String problem = patternProblem(string.pattern());
      if (problem == null) {
        checks.add(new Check.Matches(string.pattern(), null));
      } else {
        diagnostics.defect(
            Code.PATTERN_INVALID,
            pointer + "/pattern",
            "pattern is not a valid regular expression: " + problem,
            "values are not checked against it");
      }
    }
    return checks;
  }

  /**
   * Why the runtime's {@code StringPattern.compile} would refuse a pattern, or {@code null} when
   * it accepts it. The runtime translates the common shape of a pattern to a DFA and leaves every
   * other one to {@code java.util.regex} (with {@code $} at the end as the end of input, which
   * changes no pattern's validity), so a pattern is valid exactly when {@code java.util.regex}
   * compiles it. A test holds the two to the same answers.
   */
  static @Nullable String patternProblem(String regex) {
    try {
      Pattern.compile(regex);
      return null;
    } catch (PatternSyntaxException e) {
      return e.getDescription() + " near index " + e.getIndex();
    }
  }

  /** {@code minimum}, {@code maximum} and {@code multipleOf}. */
  List<Check> bounds(
      @Nullable Bound minimum,
      @Nullable Bound maximum,
      @Nullable BigDecimal multipleOf,
      String pointer) {
    List<Check> checks = new ArrayList<>();
    if (minimum != null && maximum != null && minimum.value().compareTo(maximum.value()) > 0) {
      diagnostics.report(
          Code.CONSTRAINT_CONTRADICTORY,
          pointer,
          "minimum " + minimum.value() + " is greater than maximum " + maximum.value());
    }
    if (minimum != null) {
      checks.add(new Check.Minimum(minimum.value(), minimum.exclusive(), integral(minimum)));
    }
    if (maximum != null) {
      checks.add(new Check.Maximum(maximum.value(), maximum.exclusive(), integral(maximum)));
    }
    if (multipleOf != null && multipleOf.signum() > 0) {
      checks.add(new Check.MultipleOf(multipleOf));
    }
    return checks;
  }

  private static boolean integral(Bound bound) {
    BigDecimal value = bound.value();
    return value.signum() == 0
        || value.stripTrailingZeros().scale() <= 0
            && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
  }

  /** The checks of an array: its own keywords, then those of every item. */
  static List<Check> array(Schema.ArrayType array, boolean nullableItems, List<Check> itemChecks) {
    List<Check> checks = new ArrayList<>();
    if (array.minItems() != null && array.minItems() > 0) {
      checks.add(new Check.MinItems(array.minItems()));
    }
    if (array.maxItems() != null) {
      checks.add(new Check.MaxItems(array.maxItems()));
    }
    if (array.uniqueItems()) {
      checks.add(new Check.UniqueItems());
    }
    if (!nullableItems) {
      checks.add(new Check.NoNullItems());
    }
    List<Check> items = withoutRequired(itemChecks);
    if (!items.isEmpty()) {
      checks.add(new Check.EachItem(Check.Container.COLLECTION, items, null));
    }
    return checks;
  }

  /** The checks of a map: its own keywords, then those of every value. */
  static List<Check> map(Schema.ObjectType object, List<Check> valueChecks) {
    List<Check> checks = new ArrayList<>();
    if (object.minProperties() != null && object.minProperties() > 0) {
      checks.add(new Check.MinProperties(object.minProperties()));
    }
    if (object.maxProperties() != null) {
      checks.add(new Check.MaxProperties(object.maxProperties()));
    }
    List<Check> values = withoutRequired(valueChecks);
    if (!values.isEmpty()) {
      checks.add(new Check.EachItem(Check.Container.MAP, values, null));
    }
    return checks;
  }

  static List<Check> withoutRequired(List<Check> checks) {
    return checks.stream().filter(c -> !(c instanceof Check.Required)).toList();
  }

  /**
   * Names what a check needs in generated code: each pattern's field, allocated in {@code
   * fields} from the value's name ({@code PROJECT_ID_PATTERN}), and each item lambda's
   * parameters, allocated in a child of {@code method} per lambda ({@code items1}, {@code
   * field1}, {@code item1}; nested ones count up).
   */
  static List<Check> named(
      List<Check> checks, String valueName, FieldNamer fields, NameScope method) {
    return named(checks, valueName, fields, method, 1);
  }

  /** Decides the name of a pattern field for a value: fresh, or shared with equal patterns. */
  @FunctionalInterface
  interface FieldNamer {
    String name(String valueName, String regex);
  }

  /** A namer that allocates a fresh field per pattern in {@code scope}. */
  static FieldNamer fresh(NameScope scope) {
    return (valueName, regex) -> scope.allocate(Naming.constantName(valueName) + "_PATTERN");
  }

  private static List<Check> named(
      List<Check> checks, String valueName, FieldNamer fields, NameScope method, int depth) {
    List<Check> named = new ArrayList<>(checks.size());
    for (Check check : checks) {
      if (check instanceof Check.Matches matches) {
        named.add(matches.named(fields.name(valueName, matches.regex())));
      } else if (check instanceof Check.EachItem each) {
        NameScope lambda = method.child();
        Check.Lambda names =
            new Check.Lambda(
                lambda.allocate("items" + depth),
                lambda.allocate("field" + depth),
                lambda.allocate("item" + depth));
        // Undeclared properties are named after the map itself, list and map items after it + Item.
        String items =
            each.container() == Check.Container.PROPERTIES ? valueName : valueName + "Item";
        named.add(
            new Check.EachItem(
                each.container(), named(each.checks(), items, fields, lambda, depth + 1), names));
      } else {
        named.add(check);
      }
    }
    return named;
  }
}
