package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One constraint a generated constructor or client method checks, named after its keyword. */
public sealed interface Check {

  /** {@code required}: the value must be present. */
  record Required() implements Check {}

  /**
   * {@code minLength}.
   *
   * @param value the least number of code points
   */
  record MinLength(int value) implements Check {}

  /**
   * {@code maxLength}.
   *
   * @param value the largest number of code points
   */
  record MaxLength(int value) implements Check {}

  /**
   * {@code pattern}.
   *
   * @param regex the regular expression
   * @param constant the name of the precompiled {@code StringPattern} field; {@code null} until
   *     the owning type's planner names it
   */
  record Matches(String regex, @Nullable String constant) implements Check {
    /** This check with its field name. */
    public Matches named(String name) {
      return new Matches(regex, name);
    }
  }

  /**
   * {@code minimum} or {@code exclusiveMinimum}.
   *
   * @param value the bound
   * @param exclusive whether the bound itself is excluded
   * @param integral whether the bound is compared as a whole number
   */
  record Minimum(BigDecimal value, boolean exclusive, boolean integral) implements Check {}

  /**
   * {@code maximum} or {@code exclusiveMaximum}.
   *
   * @param value the bound
   * @param exclusive whether the bound itself is excluded
   * @param integral whether the bound is compared as a whole number
   */
  record Maximum(BigDecimal value, boolean exclusive, boolean integral) implements Check {}

  /**
   * {@code multipleOf}.
   *
   * @param value the factor
   */
  record MultipleOf(BigDecimal value) implements Check {}

  /**
   * {@code minItems}.
   *
   * @param value the least number of items
   */
  record MinItems(int value) implements Check {}

  /**
   * {@code maxItems}.
   *
   * @param value the largest number of items
   */
  record MaxItems(int value) implements Check {}

  /** {@code uniqueItems}: no two items of the list are equal. */
  record UniqueItems() implements Check {}

  /** Items must not be {@code null}: the item schema is not nullable. */
  record NoNullItems() implements Check {}

  /**
   * {@code minProperties}.
   *
   * @param value the least number of entries
   */
  record MinProperties(int value) implements Check {}

  /**
   * {@code maxProperties}.
   *
   * @param value the largest number of entries
   */
  record MaxProperties(int value) implements Check {}

  /**
   * {@code enum} for values sent to the server: unknown values of an open enum are refused.
   *
   * @param type the generated open enum
   * @param knownValues the name of its static method that lists the values
   */
  record Known(ClassName type, String knownValues) implements Check {}

  /**
   * Checks that apply to every item of a list, or every value of a map.
   *
   * @param container what holds the items
   * @param checks the item checks
   * @param lambda the names of the lambda's parameters; {@code null} until the owning method's
   *     planner names them
   */
  record EachItem(Container container, List<Check> checks, @Nullable Lambda lambda)
      implements Check {
    public EachItem {
      checks = List.copyOf(checks);
    }
  }

  /**
   * The parameters of the lambda that checks each item.
   *
   * @param collector the {@code Violations} of the items
   * @param field the field name of an item, for messages
   * @param item the item
   */
  record Lambda(String collector, String field, String item) {}

  /** What holds the items an {@link EachItem} checks. */
  enum Container {
    /** A list. */
    COLLECTION,
    /** The values of a map. */
    MAP,
    /** The values of a record's undeclared properties, named by their keys. */
    PROPERTIES
  }
}
