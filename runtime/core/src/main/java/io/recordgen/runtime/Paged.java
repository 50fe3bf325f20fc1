package io.recordgen.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of an offset/limit list operation, fetched a page at a time as iteration reaches
 * it. Nothing is fetched until iteration starts; each iteration starts again from the first
 * page. Paging stops at an empty page, when the offset reaches the total count the service
 * reports, or — without a total — at a page shorter than the requested size.
 *
 * <p>Fetching happens inside {@link Iterator#hasNext()}, so the client's exceptions ({@link
 * ApiException}, {@link TransportException}) surface from iteration.
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
  private final Fetcher<?, T> fetcher;

  private Paged(Fetcher<?, T> fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * Pages through an offset/limit operation.
   *
   * @param startOffset the offset of the first page
   * @param pageSize the requested page size, or {@code null} to let the service choose
   * @param fetch fetches the page at an offset
   * @param items the items of a page
   * @param total the total count a page reports, or {@code null}
   * @param <P> the page type
   * @param <T> the item type
   */
  public static <P, T> Paged<T> offsetLimit(
      long startOffset,
      @Nullable Number pageSize,
      LongFunction<P> fetch,
      Function<P, @Nullable List<T>> items,
      Function<P, @Nullable Number> total) {
    return new Paged<>(new Fetcher<>(startOffset, pageSize, fetch, items, total));
  }

  @Override
  public Iterator<T> iterator() {
    return fetcher.iterator();
  }

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  private record Fetcher<P, T>(
      long startOffset,
      @Nullable Number pageSize,
      LongFunction<P> fetch,
      Function<P, @Nullable List<T>> items,
      Function<P, @Nullable Number> total) {

    Iterator<T> iterator() {
      return new Iterator<>() {
        private long offset = startOffset;
        private List<T> page = List.of();
        private int index;
        private boolean last;

        @Override
        public boolean hasNext() {
          while (index >= page.size()) {
            if (last) {
              return false;
            }
            P fetched = fetch.apply(offset);
            List<T> found = Objects.requireNonNullElse(items.apply(fetched), List.of());
            Number count = total.apply(fetched);
            offset += found.size();
            page = found;
            index = 0;
            last =
                found.isEmpty()
                    || (count != null && offset >= count.longValue())
                    || (count == null && pageSize != null && found.size() < pageSize.longValue());
          }
          return true;
        }

        @Override
        public T next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return page.get(index++);
        }
      };
    }
  }
}
