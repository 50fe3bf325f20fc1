package io.recordgen.runtime.json;

import io.recordgen.runtime.OpenEnum;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a {@code oneOf} or {@code anyOf} without a discriminator is decoded: by the shape of the
 * JSON value, the same with every codec. Each JSON codec shows the value through {@link Node} and
 * tries candidates through {@link Attempt}; the rules live here once.
 *
 * <ol>
 *   <li>Only alternatives of the value's JSON type are candidates: a string goes to string
 *       alternatives (dates, UUIDs, URIs and enumerations before plain strings), an integer to
 *       integer and then number alternatives, and so on.
 *   <li>For an object, candidates that miss a required property, or hold another value in a
 *       property the spec fixes to one value ({@code type: {enum: [card]}}), are tried last;
 *       maps and nested unions come after records. Records are ranked by how few properties of
 *       the value they do not declare, then by how many they do; ties keep spec order.
 *   <li>Candidates are decoded in that order; the first that decodes and satisfies its
 *       constraints wins, except that an enumeration that does not know the value only wins
 *       when nothing else decodes.
 * </ol>
 *
 * <p>No class is ever chosen by a name taken from the JSON.
 */
public final class UnionRules {
  private UnionRules() {}

  /** The JSON type of a value. */
  public enum Kind {
    /** A string. */
    STRING,
    /** A number without a fraction. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An array. */
    ARRAY,
    /** An object. */
    OBJECT,
    /** {@code null}. */
    NULL
  }

  /** A JSON value as a codec shows it to the rules. */
  public interface Node {
    /** Its JSON type. */
    Kind kind();

    /** For an object, whether it has the property. */
    boolean has(String property);

    /** For an object, the property's value as text when it is a string, number or boolean. */
    @Nullable String text(String property);

    /** For an object, its property names. */
    Iterable<String> propertyNames();

    /** For an object, its number of properties. */
    int size();
  }

  /** Decodes the value into one candidate's type, as the codec does. */
  @FunctionalInterface
  public interface Attempt {
    /** The decoded value, or {@code null}; any exception means this candidate does not fit. */
    @Nullable Object decode(Type type) throws Exception;
  }

  /**
   * The union's value for a JSON value, or {@code null} when no alternative accepts it; {@link
   * #failure} then says why, for the codec's error.
   */
  public static <T> @Nullable T decode(
      List<? extends UnionAlternative<? extends T>> alternatives, Node node, Attempt attempt) {
    T weak = null;
    for (UnionAlternative<? extends T> candidate : candidates(alternatives, node)) {
      Object decoded;
      try {
        decoded = attempt.decode(candidate.type());
      } catch (Exception e) {
        continue; // the next candidate may fit
      }
      if (decoded == null) {
        continue;
      }
      T value = candidate.wrap(decoded);
      if (decoded instanceof OpenEnum<?> open && !open.isKnown()) {
        weak = weak == null ? value : weak;
        continue;
      }
      return value;
    }
    return weak;
  }

  /** Why no alternative of {@code union} accepts the value; the value itself is never quoted. */
  public static String failure(Class<?> union, List<?> alternatives, Node node) {
    return "no alternative of "
        + union.getSimpleName()
        + " accepts this "
        + node.kind().name().toLowerCase(java.util.Locale.ROOT)
        + " ("
        + alternatives.size()
        + " alternatives)";
  }

  /** The alternatives of {@code union}, from the class its {@link JsonUnion} names. */
  public static List<UnionAlternative<?>> of(Class<?> union) {
    JsonUnion annotation = union.getAnnotation(JsonUnion.class);
    if (annotation == null) {
      throw new IllegalArgumentException(union.getName() + " is not a @JsonUnion");
    }
    try {
      return List.copyOf(annotation.value().getConstructor().newInstance().alternatives());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "cannot list the alternatives of " + union.getName() + " through " + annotation.value(),
          e);
    }
  }

  static <T> List<UnionAlternative<? extends T>> candidates(
      List<? extends UnionAlternative<? extends T>> alternatives, Node node) {
    List<UnionAlternative<? extends T>> candidates = new ArrayList<>();
    for (UnionAlternative<? extends T> alternative : alternatives) {
      if (accepts(alternative.shape(), node.kind())) {
        candidates.add(alternative);
      }
    }
    // Nested unions accept anything: alternatives of a definite type first.
    candidates.sort(Comparator.comparingInt(a -> a.shape() == UnionAlternative.Shape.ANY ? 1 : 0));
    if (node.kind() == Kind.INTEGER) {
      // Integer alternatives before number alternatives, keeping spec order within each.
      candidates.sort(
          Comparator.comparingInt(a -> a.shape() == UnionAlternative.Shape.INTEGER ? 0 : 1));
    }
    if (node.kind() == Kind.STRING) {
      // A plain string accepts anything: typed strings (dates, UUIDs, enumerations) first.
      candidates.sort(Comparator.comparingInt(a -> a.type() == String.class ? 1 : 0));
    }
    if (node.kind() == Kind.OBJECT) {
      // Maps and nested unions accept any object: records that fit first.
      candidates.sort(
          Comparator.comparingInt((UnionAlternative<? extends T> a) -> a.fits(node) ? 0 : 1)
              .thenComparingInt(a -> a.isRecord() ? 0 : 1)
              .thenComparingInt(a -> a.undeclared(node))
              .thenComparingInt(a -> -a.declared(node)));
    }
    return candidates;
  }

  private static boolean accepts(UnionAlternative.Shape shape, Kind kind) {
    return switch (shape) {
      case STRING -> kind == Kind.STRING;
      case INTEGER -> kind == Kind.INTEGER;
      case NUMBER -> kind == Kind.INTEGER || kind == Kind.DECIMAL;
      case BOOLEAN -> kind == Kind.BOOLEAN;
      case ARRAY -> kind == Kind.ARRAY;
      case OBJECT -> kind == Kind.OBJECT;
      case ANY -> true;
    };
  }
}
