package io.recordgen.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a {@code oneOf} or {@code anyOf} without a discriminator into one of its alternatives,
 * by the shape of the JSON value. Generated unions extend it with their alternatives in spec
 * order.
 *
 * <p>The rules, in order:
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
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient List<Alternative<? extends T>> alternatives;

  /**
   * A decoder for {@code union}.
   *
   * @param union the sealed interface
   * @param alternatives its alternatives in spec order
   */
  protected UnionDeserializer(Class<T> union, List<Alternative<? extends T>> alternatives) {
    super(union);
    this.alternatives = List.copyOf(alternatives);
  }

  /** The JSON type an alternative accepts. */
  public enum Shape {
    /** A JSON string. */
    STRING,
    /** A JSON number without a fraction. */
    INTEGER,
    /** Any JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON array. */
    ARRAY,
    /** A JSON object. */
    OBJECT,
    /** Any JSON value: a nested union, tried after the alternatives of a definite type. */
    ANY;

    boolean accepts(JsonNode node) {
      return switch (this) {
        case STRING -> node.isTextual();
        case INTEGER -> node.isIntegralNumber();
        case NUMBER -> node.isNumber();
        case BOOLEAN -> node.isBoolean();
        case ARRAY -> node.isArray();
        case OBJECT -> node.isObject();
        case ANY -> true;
      };
    }
  }

  /**
   * One alternative of a union.
   *
   * @param <T> the union type
   */
  public static final class Alternative<T> {
    private final Shape shape;
    private final @Nullable Class<?> rawType;
    private final @Nullable TypeReference<?> genericType;
    private final Function<Object, T> wrap;
    private final Set<String> required;
    private final @Nullable Set<String> known;
    private final Map<String, String> constants;

    private Alternative(
        Shape shape,
        @Nullable Class<?> rawType,
        @Nullable TypeReference<?> genericType,
        Function<Object, T> wrap,
        Set<String> required,
        @Nullable Set<String> known,
        Map<String, String> constants) {
      this.shape = shape;
      this.rawType = rawType;
      this.genericType = genericType;
      this.wrap = wrap;
      this.required = Set.copyOf(required);
      this.known = known == null ? null : Set.copyOf(known);
      this.constants = Map.copyOf(constants);
    }

    /**
     * An object alternative: a record that implements the union.
     *
     * @param record the record
     * @param required the properties it requires
     * @param known every property it declares
     * @param constants properties the spec fixes to one string value
     * @param <T> the union type
     * @return the alternative
     */
    public static <T> Alternative<T> object(
        Class<? extends T> record,
        Set<String> required,
        Set<String> known,
        Map<String, String> constants) {
      return new Alternative<>(
          Shape.OBJECT, record, null, record::cast, required, known, constants);
    }

    /**
     * A value alternative: a wrapper record around a string, number, boolean, array, map or
     * another union.
     *
     * @param shape the JSON type of the value
     * @param type the value's type
     * @param wrap makes the wrapper
     * @param <V> the value type
     * @param <T> the union type
     * @return the alternative
     */
    public static <V, T> Alternative<T> value(
        Shape shape, Class<V> type, Function<? super V, ? extends T> wrap) {
      return new Alternative<>(
          shape, type, null, value -> wrap.apply(type.cast(value)), Set.of(), null, Map.of());
    }

    /**
     * A value alternative of a generic type, such as {@code List<Pet>}.
     *
     * @param shape the JSON type of the value
     * @param type the value's type
     * @param wrap makes the wrapper
     * @param <V> the value type
     * @param <T> the union type
     * @return the alternative
     */
    @SuppressWarnings("unchecked")
    public static <V, T> Alternative<T> value(
        Shape shape, TypeReference<V> type, Function<? super V, ? extends T> wrap) {
      return new Alternative<>(
          shape, null, type, value -> wrap.apply((V) value), Set.of(), null, Map.of());
    }

    JavaType javaType(DeserializationContext context) {
      return rawType != null
          ? context.constructType(rawType)
          : context.getTypeFactory().constructType(genericType);
    }

    /** Whether the object has every required property and no other value in a fixed one. */
    boolean fits(JsonNode node) {
      for (String name : required) {
        if (!node.has(name)) {
          return false;
        }
      }
      for (Map.Entry<String, String> constant : constants.entrySet()) {
        JsonNode value = node.get(constant.getKey());
        if (value != null && !value.asText().equals(constant.getValue())) {
          return false;
        }
      }
      return true;
    }

    /** Properties of the object the alternative does not declare. */
    int undeclared(JsonNode node) {
      if (known == null) {
        return 0;
      }
      int count = 0;
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        if (!known.contains(names.next())) {
          count++;
        }
      }
      return count;
    }

    int declared(JsonNode node) {
      return known == null ? 0 : node.size() - undeclared(node);
    }
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = context.readTree(parser);
    List<Alternative<? extends T>> candidates = candidates(node);
    T weak = null;
    int tried = 0;
    for (Alternative<? extends T> candidate : candidates) {
      Object decoded;
      tried++;
      try {
        decoded = context.readTreeAsValue(node, candidate.javaType(context));
      } catch (IOException | RuntimeException e) {
        continue; // the next candidate may fit
      }
      if (decoded == null) {
        continue;
      }
      T value = candidate.wrap.apply(decoded);
      if (decoded instanceof OpenEnum<?> open && !open.isKnown()) {
        weak = weak == null ? value : weak;
        continue;
      }
      return value;
    }
    if (weak != null) {
      return weak;
    }
    // The JSON value itself is not quoted: it may be anything, secrets included.
    return context.reportInputMismatch(
        this,
        "no alternative of %s accepts this %s (%d tried)",
        handledType().getSimpleName(),
        describe(node),
        tried);
  }

  private List<Alternative<? extends T>> candidates(JsonNode node) {
    List<Alternative<? extends T>> candidates = new ArrayList<>();
    for (Alternative<? extends T> alternative : alternatives) {
      if (alternative.shape.accepts(node)) {
        candidates.add(alternative);
      }
    }
    // Nested unions accept anything: alternatives of a definite type first.
    candidates.sort(Comparator.comparingInt(a -> a.shape == Shape.ANY ? 1 : 0));
    if (node.isIntegralNumber()) {
      // Integer alternatives before number alternatives, keeping spec order within each.
      candidates.sort(Comparator.comparingInt(a -> a.shape == Shape.INTEGER ? 0 : 1));
    }
    if (node.isTextual()) {
      // A plain string accepts anything: typed strings (dates, UUIDs, enumerations) first.
      candidates.sort(Comparator.comparingInt(a -> a.rawType == String.class ? 1 : 0));
    }
    if (node.isObject()) {
      // Maps and nested unions accept any object: records that fit first.
      candidates.sort(
          Comparator.comparingInt((Alternative<? extends T> a) -> a.fits(node) ? 0 : 1)
              .thenComparingInt(a -> a.known == null ? 1 : 0)
              .thenComparingInt(a -> a.undeclared(node))
              .thenComparingInt(a -> -a.declared(node)));
    }
    return candidates;
  }

  private static String describe(JsonNode node) {
    return Objects.requireNonNullElse(node.getNodeType(), "value")
        .toString()
        .toLowerCase(java.util.Locale.ROOT);
  }
}
