package io.recordgen.runtime.json;

import java.util.List;

/**
 * The alternatives of a union in spec order, which generated unions list in a nested class named
 * by {@link JsonUnion}.
 *
 * @param <T> the union type
 */
public interface UnionAlternatives<T> {
  /** The alternatives, in spec order. */
  List<UnionAlternative<? extends T>> alternatives();
}
