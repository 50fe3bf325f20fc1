package io.recordgen.runtime.internal;

import io.recordgen.runtime.ResponseTooLargeException;
import io.recordgen.runtime.support.Internals;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects a response body up to a limit. Past the limit it cancels the subscription, which makes
 * the JDK client drop the connection instead of reading the rest; {@link #cancel()} does the
 * same when a deadline passes while the body is still arriving.
 */
final class BoundedBodySubscriber
    implements HttpResponse.BodySubscriber<byte[]>, BodyDeadlines.Expiring {
  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
  // The JDK client never reuses buffers it has handed over, so they are kept as they are and
  // copied once, into an array of the exact size, when the body is complete.
  private final List<ByteBuffer> received = new ArrayList<>();
  private long size;
  private volatile boolean cancelled;
  private volatile boolean timedOut;

  /** The body did not arrive within the attempt's budget. */
  static final class BodyTimeout extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTimeout() {
      super("the body did not arrive in time", null);
    }
  }

  BoundedBodySubscriber(long limit, long declaredLength) {
    // No array is larger; a limit above it still means "as large as Java allows".
    this.limit = Math.min(limit, Integer.MAX_VALUE - 8);
    if (declaredLength > limit) {
      result.completeExceptionally(tooLarge());
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (!subscription.compareAndSet(null, s) || result.isDone() || cancelled) {
      s.cancel();
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      size += item.remaining();
      if (size > limit) {
        received.clear();
        cancel();
        result.completeExceptionally(tooLarge());
        return;
      }
      received.add(item);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    byte[] body = new byte[(int) size];
    int at = 0;
    for (ByteBuffer item : received) {
      int length = item.remaining();
      item.get(body, at, length);
      at += length;
    }
    received.clear();
    result.complete(body);
  }

  /** Ends the body with {@link BodyTimeout} when it is not complete in {@code nanos}. */
  void expireAfter(long nanos) {
    if (nanos <= 0) {
      expire();
      return;
    }
    BodyDeadlines.arm(this, nanos);
  }

  /** Forgets the deadline once the exchange is over. */
  void stopTimer() {
    BodyDeadlines.disarm(this);
  }

  @Override
  public void expire() {
    BodyDeadlines.disarm(this);
    if (!result.isDone()) {
      // The outcome first: cancelling may make the client report an error of its own (JDK 25
      // completes the exchange with "cancelled" before this method returns).
      timedOut = true;
      result.completeExceptionally(new BodyTimeout());
      cancel();
    }
  }

  /** Whether the body's time ran out, whatever the client reported after the cancel. */
  boolean timedOut() {
    return timedOut;
  }

  /** Stops reading and releases the connection. */
  void cancel() {
    cancelled = true;
    Flow.Subscription s = subscription.get();
    if (s != null) {
      s.cancel();
    }
  }

  private ResponseTooLargeException tooLarge() {
    return Internals.responseTooLarge("response body exceeds the limit of " + limit + " bytes");
  }
}
