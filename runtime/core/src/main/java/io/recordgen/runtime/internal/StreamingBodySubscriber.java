package io.recordgen.runtime.internal;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body as an {@code InputStream} that the caller reads at its own pace, in bounded
 * memory: the JDK's own stream subscriber, which asks for the next buffers only as the caller
 * reads, with an idle timeout on top.
 *
 * <p>The timeout counts only while the stream waits for the server: from a request for more data
 * to its arrival. A caller that reads slowly is never timed out; a server that stops sending for
 * longer than the timeout ends the stream, whose next read throws {@link
 * BoundedBodySubscriber.BodyTimeout}. Closing the stream before its end cancels the subscription,
 * which closes the connection.
 */
final class StreamingBodySubscriber
    implements HttpResponse.BodySubscriber<InputStream>, BodyDeadlines.Expiring {
  private final HttpResponse.BodySubscriber<InputStream> delegate =
      HttpResponse.BodySubscribers.ofInputStream();
  private final long idleNanos;
  private Flow.Subscription upstream;
  private long outstanding;
  private boolean done;

  StreamingBodySubscriber(long idleNanos) {
    this.idleNanos = idleNanos;
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return delegate.getBody();
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    upstream = subscription;
    delegate.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {
            demanded(n);
            subscription.request(n);
          }

          @Override
          public void cancel() {
            finished();
            subscription.cancel();
          }
        });
  }

  private synchronized void demanded(long n) {
    if (done) {
      return;
    }
    outstanding = outstanding + n < 0 ? Long.MAX_VALUE : outstanding + n;
    BodyDeadlines.arm(this, idleNanos);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> items) {
    if (done) {
      return;
    }
    outstanding--;
    if (outstanding > 0) {
      BodyDeadlines.arm(this, idleNanos);
    } else {
      // The caller has not asked for more yet: its own pace is not the server's silence.
      BodyDeadlines.disarm(this);
    }
    delegate.onNext(items);
  }

  @Override
  public synchronized void onError(Throwable error) {
    if (!done) {
      finished();
      delegate.onError(error);
    }
  }

  @Override
  public synchronized void onComplete() {
    if (!done) {
      finished();
      delegate.onComplete();
    }
  }

  @Override
  public synchronized void expire() {
    if (done) {
      return;
    }
    finished();
    upstream.cancel();
    delegate.onError(new BoundedBodySubscriber.BodyTimeout());
  }

  private synchronized void finished() {
    done = true;
    BodyDeadlines.disarm(this);
  }
}
