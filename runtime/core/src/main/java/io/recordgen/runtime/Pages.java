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
 * The pages of an offset/limit list operation, each with its response (status, headers, request
 * id), fetched one at a time as iteration reaches it; {@link #items()} is every item across them.
 * Nothing is fetched until iteration starts; each iteration starts again from the first page.
 * Paging stops after an empty page, when the offset reaches the total count the service reports,
 * or, without a total, after a page shorter than the requested size.
 *
 * <p>Fetching happens inside {@link Iterator#hasNext()}, so the client's exceptions ({@link
 * ApiException}, {@link TransportException}) surface from iteration.
 *
 * @param <P> the page body type
 * @param <T> the item type
 */
public final class Pages<P, T> implements Iterable<ApiResponse<P>> {
  private final long startOffset;
  private final @Nullable Number pageSize;
  private final LongFunction<ApiResponse<P>> fetch;
  private final Function<P, @Nullable List<T>> items;
  private final Function<P, @Nullable Number> total;

  private Pages(
      long startOffset,
      @Nullable Number pageSize,
      LongFunction<ApiResponse<P>> fetch,
      Function<P, @Nullable List<T>> items,
      Function<P, @Nullable Number> total) {
    this.startOffset = startOffset;
    this.pageSize = pageSize;
    this.fetch = fetch;
    this.items = items;
    this.total = total;
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
  public static <P, T> Pages<P, T> offsetLimit(
      long startOffset,
      @Nullable Number pageSize,
      LongFunction<ApiResponse<P>> fetch,
      Function<P, @Nullable List<T>> items,
      Function<P, @Nullable Number> total) {
    return new Pages<>(startOffset, pageSize, fetch, items, total);
  }

  /** Every item across the pages, fetched as iteration reaches it. */
  public Paged<T> items() {
    return new Paged<>(this);
  }

  @Override
  public Iterator<ApiResponse<P>> iterator() {
    return new Iterator<>() {
      private long offset = startOffset;
      private @Nullable ApiResponse<P> ahead;
      private boolean last;

      @Override
      public boolean hasNext() {
        if (ahead == null && !last) {
          ApiResponse<P> fetched = fetch.apply(offset);
          List<T> found = itemsOf(fetched);
          Number count = fetched.body() == null ? null : total.apply(fetched.body());
          offset += found.size();
          last =
              found.isEmpty()
                  || (count != null && offset >= count.longValue())
                  || (count == null && pageSize != null && found.size() < pageSize.longValue());
          ahead = fetched;
        }
        return ahead != null;
      }

      @Override
      public ApiResponse<P> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ApiResponse<P> page = ahead;
        ahead = null;
        return page;
      }
    };
  }

  /** The pages as a sequential, lazy stream. */
  public Stream<ApiResponse<P>> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  List<T> itemsOf(ApiResponse<P> page) {
    return page.body() == null
        ? List.of()
        : Objects.requireNonNullElse(items.apply(page.body()), List.of());
  }
}
