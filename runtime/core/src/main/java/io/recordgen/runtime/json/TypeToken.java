package io.recordgen.runtime.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A generic type captured at run time, such as {@code List<Pet>}: create an anonymous subclass,
 * {@code new TypeToken<List<Pet>>() {}}. Generated code uses it where a {@code Class} cannot say
 * the type; it belongs to the runtime, so generated code needs no JSON library's own.
 *
 * @param <T> the type
 */
public abstract class TypeToken<T> {
  private final Type type;

  /** Captures {@code T} from the subclass. */
  protected TypeToken() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)) {
      throw new IllegalStateException("TypeToken needs a type argument");
    }
    this.type = parameterized.getActualTypeArguments()[0];
  }

  /** The type. */
  public Type type() {
    return type;
  }

  @Override
  public String toString() {
    return "TypeToken[" + type.getTypeName() + "]";
  }
}
