package dev.chorus.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that reads one element ahead, for readers whose end is known only by trying to read
 * past it (WARC records, JSON lines). A subclass implements {@link #advance}; a constructor that
 * already knows its first element (a file that cannot be opened is one reject) calls {@link #push}.
 */
abstract class LookAhead<T> implements Iterator<T> {

  private T next;

  /** The next element, or null when there is none; called only when no element is pending. */
  protected abstract T advance();

  /** Makes {@code element} the next one returned. */
  protected final void push(T element) {
    next = element;
  }

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = next;
    next = null;
    return element;
  }
}
