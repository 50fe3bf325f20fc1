package io.recordgen.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The Java type a successful response body decodes into. Generated code uses {@link #of(Class)}
 * for records, {@link #none()} for operations without a body, and an anonymous subclass for
 * generic types: {@code new ResponseType<List<Backup>>() {}}.
 *
 * @param <T> the decoded type
 */
public abstract class ResponseType<T> {
  private static final ResponseType<Void> NONE = new Fixed<>(Void.class);

  private final Type type;

  /** Captures {@code T} from an anonymous subclass. */
  protected ResponseType() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)) {
      throw new IllegalStateException("ResponseType needs a type argument");
    }
    this.type = parameterized.getActualTypeArguments()[0];
  }

  private ResponseType(Type type) {
    this.type = type;
  }

  /** A response decoded into {@code type}. */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new Fixed<>(type);
  }

  /** A response whose body, if any, is ignored. */
  public static ResponseType<Void> none() {
    return NONE;
  }

  /** The reflective type. */
  public Type type() {
    return type;
  }

  /** Whether the body is ignored. */
  public boolean isNone() {
    return type == Void.class;
  }

  @Override
  public String toString() {
    return "ResponseType[" + type.getTypeName() + "]";
  }

  private static final class Fixed<T> extends ResponseType<T> {
    Fixed(Class<T> type) {
      super((Type) type);
    }
  }
}
