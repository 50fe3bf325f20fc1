package io.recordgen.runtime.json;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One alternative of a union: the JSON type it accepts, the Java type it decodes into, and for
 * records what the spec says of their properties, which {@link UnionRules} ranks by.
 *
 * @param <T> the union type
 */
public final class UnionAlternative<T> {
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
    ANY
  }

  private final Shape shape;
  private final Type type;
  private final Function<Object, T> wrap;
  private final Set<String> required;
  private final @Nullable Set<String> known;
  private final Map<String, String> constants;

  private UnionAlternative(
      Shape shape,
      Type type,
      Function<Object, T> wrap,
      Set<String> required,
      @Nullable Set<String> known,
      Map<String, String> constants) {
    this.shape = Objects.requireNonNull(shape, "shape");
    this.type = Objects.requireNonNull(type, "type");
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
  public static <T> UnionAlternative<T> object(
      Class<? extends T> record,
      Set<String> required,
      Set<String> known,
      Map<String, String> constants) {
    return new UnionAlternative<>(Shape.OBJECT, record, record::cast, required, known, constants);
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
  public static <V, T> UnionAlternative<T> value(
      Shape shape, Class<V> type, Function<? super V, ? extends T> wrap) {
    return new UnionAlternative<>(
        shape, type, value -> wrap.apply(type.cast(value)), Set.of(), null, Map.of());
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
  @SuppressWarnings("unchecked") // the codec decoded the value as type
  public static <V, T> UnionAlternative<T> value(
      Shape shape, TypeToken<V> type, Function<? super V, ? extends T> wrap) {
    return new UnionAlternative<>(
        shape, type.type(), value -> wrap.apply((V) value), Set.of(), null, Map.of());
  }

  /** The JSON type it accepts. */
  public Shape shape() {
    return shape;
  }

  /** The Java type a codec decodes the value into. */
  public Type type() {
    return type;
  }

  /** The union's value of a decoded value. */
  public T wrap(Object decoded) {
    return wrap.apply(decoded);
  }

  boolean isRecord() {
    return known != null;
  }

  /** Whether the object has every required property and no other value in a fixed one. */
  boolean fits(UnionRules.Node node) {
    for (String name : required) {
      if (!node.has(name)) {
        return false;
      }
    }
    for (Map.Entry<String, String> constant : constants.entrySet()) {
      if (node.has(constant.getKey())
          && !constant.getValue().equals(node.text(constant.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Properties of the object the alternative does not declare. */
  int undeclared(UnionRules.Node node) {
    if (known == null) {
      return 0;
    }
    int count = 0;
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        count++;
      }
    }
    return count;
  }

  int declared(UnionRules.Node node) {
    return known == null ? 0 : node.size() - undeclared(node);
  }
}
