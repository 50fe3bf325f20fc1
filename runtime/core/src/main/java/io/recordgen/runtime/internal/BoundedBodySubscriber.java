package io.recordgen.runtime.internal;

import io.recordgen.runtime.ResponseTooLargeException;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
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
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private volatile boolean cancelled;

  BoundedBodySubscriber(long limit, long declaredLength) {
    this.limit = limit;
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
      if (buffer.size() + (long) item.remaining() > limit) {
        cancel();
        result.completeExceptionally(tooLarge());
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      buffer.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
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
    return new ResponseTooLargeException("response body exceeds the limit of " + limit + " bytes");
  }
}
