package io.recordgen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.recordgen.runtime.internal.DateTimes;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares two JSON values for the example round-trip, and names the first difference by its
 * JSON pointer.
 *
 * <p>Equal means JSON-equal, with three rules for what a typed round-trip cannot preserve and
 * nobody should depend on: numbers are equal when their values are ({@code 1.0} and {@code 1});
 * two date-time strings are equal when they are the same instant with the same offset ({@code
 * +0800} and {@code +08:00}); a property set to {@code null} and an absent property are equal.
 */
public final class JsonDiff {
  /**
   * The first difference.
   *
   * @param pointer where, relative to the compared values
   * @param expected the value before the round-trip, or {@code null} when absent
   * @param actual the value after it, or {@code null} when absent
   */
  public record Difference(String pointer, @Nullable JsonNode expected, @Nullable JsonNode actual) {
    @Override
    public String toString() {
      return (pointer.isEmpty() ? "the value" : pointer)
          + ": expected "
          + text(expected)
          + " but was "
          + text(actual);
    }

    private static String text(@Nullable JsonNode node) {
      return node == null ? "nothing" : node.toString();
    }
  }

  private JsonDiff() {}

  /** The first difference between {@code expected} and {@code actual}, if any. */
  public static Optional<Difference> first(JsonNode expected, JsonNode actual) {
    return Optional.ofNullable(compare("", expected, actual));
  }

  private static @Nullable Difference compare(
      String at, @Nullable JsonNode expected, @Nullable JsonNode actual) {
    boolean expectedAbsent = expected == null || expected.isNull() || expected.isMissingNode();
    boolean actualAbsent = actual == null || actual.isNull() || actual.isMissingNode();
    if (expectedAbsent || actualAbsent) {
      return expectedAbsent == actualAbsent ? null : new Difference(at, expected, actual);
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        Difference difference =
            compare(at + "/" + escape(name), expected.get(name), actual.get(name));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      Iterator<JsonNode> left = expected.elements();
      Iterator<JsonNode> right = actual.elements();
      for (int i = 0; left.hasNext() || right.hasNext(); i++) {
        Difference difference =
            compare(
                at + "/" + i,
                left.hasNext() ? left.next() : null,
                right.hasNext() ? right.next() : null);
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? null
          : new Difference(at, expected, actual);
    }
    if (expected.isTextual() && actual.isTextual()) {
      return expected.asText().equals(actual.asText())
              || sameInstant(expected.asText(), actual.asText())
          ? null
          : new Difference(at, expected, actual);
    }
    return expected.equals(actual) ? null : new Difference(at, expected, actual);
  }

  private static boolean sameInstant(String left, String right) {
    OffsetDateTime a = dateTime(left);
    OffsetDateTime b = dateTime(right);
    return a != null
        && b != null
        && a.toInstant().equals(b.toInstant())
        && a.getOffset().equals(b.getOffset());
  }

  private static @Nullable OffsetDateTime dateTime(String text) {
    if (text.length() < 19 || text.charAt(10) != 'T' && text.charAt(10) != 't') {
      return null;
    }
    try {
      return DateTimes.parseOffsetDateTime(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
