package io.recordgen.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of an offset/limit list operation, across its {@link Pages}, fetched a page at a
 * time as iteration reaches it. Nothing is fetched until iteration starts; each iteration starts
 * again from the first page.
 *
 * <p>Fetching happens inside {@link Iterator#hasNext()}, so the client's exceptions ({@link
 * ApiException}, {@link TransportException}) surface from iteration.
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
  private final Pages<?, T> pages;

  Paged(Pages<?, T> pages) {
    this.pages = pages;
  }

  @Override
  public Iterator<T> iterator() {
    return iterator(pages);
  }

  private static <P, T> Iterator<T> iterator(Pages<P, T> pages) {
    Iterator<ApiResponse<P>> source = pages.iterator();
    return new Iterator<>() {
      private List<T> page = List.of();
      private int index;

      @Override
      public boolean hasNext() {
        while (index >= page.size()) {
          if (!source.hasNext()) {
            return false;
          }
          page = pages.itemsOf(source.next());
          index = 0;
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

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
