package io.recordgen.runtime.json;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A property that is optional and nullable: absent (left out of the JSON), explicitly {@code
 * null}, or a value. Records hold one for every such property, so a merge-patch can say "leave
 * it", "clear it" and "set it" apart; the JSON codecs write an absent one as no property at all.
 *
 * <pre>{@code
 * ProfilePatch.builder().nickname("Ann").build();   // sets it
 * ProfilePatch.builder().nickname(null).build();    // clears it: "nickname": null
 * ProfilePatch.builder().build();                   // leaves it: no "nickname"
 * }</pre>
 *
 * @param <T> the value type
 */
public final class Tristate<T> {
  private static final Tristate<?> ABSENT = new Tristate<>(false, null);
  private static final Tristate<?> NULL = new Tristate<>(true, null);

  private final boolean set;
  private final @Nullable T value;

  private Tristate(boolean set, @Nullable T value) {
    this.set = set;
    this.value = value;
  }

  /** Left out. */
  @SuppressWarnings("unchecked") // holds no T
  public static <T> Tristate<T> absent() {
    return (Tristate<T>) ABSENT;
  }

  /** Explicitly {@code null}. */
  @SuppressWarnings("unchecked") // holds no T
  public static <T> Tristate<T> ofNull() {
    return (Tristate<T>) NULL;
  }

  /** A value, or explicitly {@code null} when {@code value} is. */
  public static <T> Tristate<T> of(@Nullable T value) {
    return value == null ? ofNull() : new Tristate<>(true, value);
  }

  /** Whether it is left out. */
  public boolean isAbsent() {
    return !set;
  }

  /** Whether it is explicitly {@code null}. */
  public boolean isNull() {
    return set && value == null;
  }

  /** Whether it holds a value. */
  public boolean hasValue() {
    return value != null;
  }

  /**
   * The value.
   *
   * @throws NoSuchElementException when it is absent or {@code null}
   */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException(set ? "the value is null" : "the value is absent");
    }
    return value;
  }

  /** The value, or {@code other} when it is absent or {@code null}. */
  public @Nullable T orElse(@Nullable T other) {
    return value != null ? value : other;
  }

  /** The value, when it has one. */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  /** The value mapped; absent and {@code null} stay as they are. */
  public <U> Tristate<U> map(Function<? super T, ? extends @Nullable U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    if (value == null) {
      return set ? ofNull() : absent();
    }
    return of(mapper.apply(value));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tristate<?> that
        && set == that.set
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return set ? Objects.hashCode(value) + 1 : 0;
  }

  @Override
  public String toString() {
    return !set ? "absent" : value == null ? "null" : String.valueOf(value);
  }

  /**
   * The filter that leaves an absent property out of the JSON, named by generated records in
   * {@code @JsonInclude(value = CUSTOM, valueFilter = Tristate.Absent.class)}; Jackson calls its
   * {@code equals} with the property's value.
   */
  public static final class Absent {
    /** For Jackson, which creates the filter. */
    public Absent() {}

    @Override
    public boolean equals(Object value) {
      return value == null || value instanceof Tristate<?> tristate && tristate.isAbsent();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
