package io.recordgen.runtime.support;

import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.OpenEnum;
import io.recordgen.runtime.Violation;
import io.recordgen.runtime.internal.Redaction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects constraint violations while a generated record's compact constructor (or a client
 * method, for parameters) checks its values, then throws them all at once.
 *
 * <p>Every check is named after the OpenAPI keyword it enforces and ignores {@code null} values,
 * which only {@link #required} rejects; a valid object allocates nothing beyond this collector.
 * This class is public for generated code; applications read {@link
 * ConstraintViolationException#violations()} instead.
 */
public final class Violations {
  private final String target;
  private @Nullable List<Violation> found;
  private @Nullable Set<String> sensitive;

  /**
   * Starts collecting for one object.
   *
   * @param target schema or operation name used in the exception message
   */
  public Violations(String target) {
    this.target = target;
  }

  /** Marks a field whose rejected values must never appear in messages. */
  public Violations sensitive(String field) {
    if (sensitive == null) {
      sensitive = new HashSet<>();
    }
    sensitive.add(field);
    return this;
  }

  /** {@code required}: the value must be present. */
  public void required(String field, @Nullable Object value) {
    if (value == null) {
      add(field, "required", "is required", null);
    }
  }

  /** {@code minLength}, counted in Unicode code points as JSON Schema does. */
  public void minLength(String field, @Nullable String value, int min) {
    if (value != null && value.length() < 2 * min && codePoints(value) < min) {
      add(field, "minLength", "must have at least " + min + " characters", value);
    }
  }

  /** {@code maxLength}, counted in Unicode code points as JSON Schema does. */
  public void maxLength(String field, @Nullable String value, int max) {
    if (value != null && value.length() > max && codePoints(value) > max) {
      add(field, "maxLength", "must have at most " + max + " characters", value);
    }
  }

  /**
   * {@code pattern}: the regular expression must match somewhere in the value (OpenAPI patterns
   * are not implicitly anchored).
   */
  public void pattern(String field, @Nullable String value, StringPattern pattern) {
    if (value != null && !pattern.matches(value)) {
      add(field, "pattern", "must match " + pattern.pattern(), value);
    }
  }

  /** {@code pattern}, for a {@link Pattern} of your own. */
  public void pattern(String field, @Nullable String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).find()) {
      add(field, "pattern", "must match " + pattern.pattern(), value);
    }
  }

  /** {@code minimum} for integral bounds. */
  public void minimum(String field, @Nullable Number value, long min) {
    if (value != null && compare(value, min) < 0) {
      add(field, "minimum", "must be at least " + min, value);
    }
  }

  /** {@code maximum} for integral bounds. */
  public void maximum(String field, @Nullable Number value, long max) {
    if (value != null && compare(value, max) > 0) {
      add(field, "maximum", "must be at most " + max, value);
    }
  }

  /** {@code exclusiveMinimum} for integral bounds. */
  public void exclusiveMinimum(String field, @Nullable Number value, long min) {
    if (value != null && compare(value, min) <= 0) {
      add(field, "exclusiveMinimum", "must be greater than " + min, value);
    }
  }

  /** {@code exclusiveMaximum} for integral bounds. */
  public void exclusiveMaximum(String field, @Nullable Number value, long max) {
    if (value != null && compare(value, max) >= 0) {
      add(field, "exclusiveMaximum", "must be less than " + max, value);
    }
  }

  /** {@code minimum} for decimal bounds. */
  public void minimum(String field, @Nullable Number value, BigDecimal min) {
    if (value != null && compare(value, min) < 0) {
      add(field, "minimum", "must be at least " + min.toPlainString(), value);
    }
  }

  /** {@code maximum} for decimal bounds. */
  public void maximum(String field, @Nullable Number value, BigDecimal max) {
    if (value != null && compare(value, max) > 0) {
      add(field, "maximum", "must be at most " + max.toPlainString(), value);
    }
  }

  /** {@code exclusiveMinimum} for decimal bounds. */
  public void exclusiveMinimum(String field, @Nullable Number value, BigDecimal min) {
    if (value != null && compare(value, min) <= 0) {
      add(field, "exclusiveMinimum", "must be greater than " + min.toPlainString(), value);
    }
  }

  /** {@code exclusiveMaximum} for decimal bounds. */
  public void exclusiveMaximum(String field, @Nullable Number value, BigDecimal max) {
    if (value != null && compare(value, max) >= 0) {
      add(field, "exclusiveMaximum", "must be less than " + max.toPlainString(), value);
    }
  }

  /** {@code multipleOf}. */
  public void multipleOf(String field, @Nullable Number value, BigDecimal factor) {
    if (value != null && !isMultiple(value, factor)) {
      add(field, "multipleOf", "must be a multiple of " + factor.toPlainString(), value);
    }
  }

  /** {@code minItems}. */
  public void minItems(String field, @Nullable Collection<?> value, int min) {
    if (value != null && value.size() < min) {
      add(field, "minItems", "must have at least " + min + " items", value.size() + " items");
    }
  }

  /** {@code maxItems}. */
  public void maxItems(String field, @Nullable Collection<?> value, int max) {
    if (value != null && value.size() > max) {
      add(field, "maxItems", "must have at most " + max + " items", value.size() + " items");
    }
  }

  /** {@code uniqueItems} for arrays kept as lists. */
  public void uniqueItems(String field, @Nullable Collection<?> value) {
    if (value != null && new HashSet<>(value).size() != value.size()) {
      add(field, "uniqueItems", "must not contain duplicates", null);
    }
  }

  /** {@code minProperties}. */
  public void minProperties(String field, @Nullable Map<?, ?> value, int min) {
    if (value != null && value.size() < min) {
      add(field, "minProperties", "must have at least " + min + " entries", value.size());
    }
  }

  /** {@code maxProperties}. */
  public void maxProperties(String field, @Nullable Map<?, ?> value, int max) {
    if (value != null && value.size() > max) {
      add(field, "maxProperties", "must have at most " + max + " entries", value.size());
    }
  }

  /** Items of a list or set must not be {@code null} unless the item schema is nullable. */
  public void noNullItems(String field, @Nullable Collection<?> value) {
    if (value == null) {
      return;
    }
    int index = 0;
    for (Object item : value) {
      if (item == null) {
        add(field + "[" + index + "]", "required", "must not be null", null);
      }
      index++;
    }
  }

  /**
   * {@code enum} for values sent to the server: an {@link OpenEnum} built from a value the spec
   * does not declare is rejected. Values decoded from responses are never checked this way.
   */
  public void known(String field, @Nullable OpenEnum<?> value, List<? extends OpenEnum<?>> known) {
    if (value != null && !value.isKnown()) {
      List<Object> allowed = new ArrayList<>(known.size());
      for (OpenEnum<?> each : known) {
        allowed.add(each.value());
      }
      add(field, "enum", "must be one of " + allowed, value.value());
    }
  }

  /**
   * Checks every item of a list or set, reporting violations as {@code field[index]}.
   *
   * @param field the wire name of the collection
   * @param items the collection, or {@code null}
   * @param check the checks of one item
   */
  public <T> void each(
      String field, @Nullable Collection<? extends @Nullable T> items, ItemCheck<T> check) {
    if (items == null) {
      return;
    }
    int index = 0;
    for (T item : items) {
      if (item != null) {
        check.check(this, field + "[" + index + "]", item);
      }
      index++;
    }
  }

  /**
   * Checks every value of a map, reporting violations as {@code field[key]}.
   *
   * @param field the wire name of the map
   * @param entries the map, or {@code null}
   * @param check the checks of one value
   */
  public <T> void eachValue(
      String field, @Nullable Map<String, ? extends @Nullable T> entries, ItemCheck<T> check) {
    if (entries == null) {
      return;
    }
    for (Map.Entry<String, ? extends @Nullable T> entry : entries.entrySet()) {
      if (entry.getValue() != null) {
        check.check(this, field + "[" + Redaction.quote(entry.getKey()) + "]", entry.getValue());
      }
    }
  }

  /**
   * Runs {@code check} on every non-null value of a record's undeclared properties, naming each
   * violation after its property.
   *
   * @param entries the undeclared properties, or {@code null}
   * @param check the checks of one value
   */
  public <T> void eachProperty(
      @Nullable Map<String, ? extends @Nullable T> entries, ItemCheck<T> check) {
    if (entries == null) {
      return;
    }
    for (Map.Entry<String, ? extends @Nullable T> entry : entries.entrySet()) {
      if (entry.getValue() != null) {
        check.check(this, Redaction.escape(entry.getKey()), entry.getValue());
      }
    }
  }

  /**
   * The checks of one item of a collection.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface ItemCheck<T> {
    /**
     * Checks {@code item}.
     *
     * @param violations where violations go
     * @param field the item's name, such as {@code tags[2]}
     * @param item the item, never {@code null}
     */
    void check(Violations violations, String field, T item);
  }

  /** Whether anything was found so far. */
  public boolean isEmpty() {
    return found == null;
  }

  /** Throws a {@link ConstraintViolationException} with everything found, if anything was. */
  public void throwIfAny() {
    if (found != null) {
      throw Internals.constraintViolation(target, found);
    }
  }

  private void add(String field, String rule, String message, @Nullable Object value) {
    if (found == null) {
      found = new ArrayList<>(4);
    }
    boolean secret = sensitive != null && sensitive.contains(field);
    found.add(new Violation(field, rule, message, secret ? null : value, secret));
  }

  private static int codePoints(String value) {
    return value.codePointCount(0, value.length());
  }

  private static int compare(Number value, long bound) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return Long.compare(value.longValue(), bound);
    }
    return compare(value, BigDecimal.valueOf(bound));
  }

  private static int compare(Number value, BigDecimal bound) {
    if (value instanceof Double || value instanceof Float) {
      return Double.compare(value.doubleValue(), bound.doubleValue());
    }
    return decimal(value).compareTo(bound);
  }

  private static boolean isMultiple(Number value, BigDecimal factor) {
    if ((value instanceof Double || value instanceof Float)
        && !Double.isFinite(value.doubleValue())) {
      return false;
    }
    return decimal(value).remainder(factor).signum() == 0;
  }

  private static BigDecimal decimal(Number value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(value.doubleValue());
    }
    return BigDecimal.valueOf(value.longValue());
  }
}
