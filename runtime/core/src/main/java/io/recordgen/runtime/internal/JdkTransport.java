package io.recordgen.runtime.internal;

import io.recordgen.runtime.InvalidRequestException;
import io.recordgen.runtime.ResponseTooLargeException;
import io.recordgen.runtime.TransportException;
import io.recordgen.runtime.Upload;
import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.Internals;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLHandshakeException;

/**
 * The last link of the chain: sends a request with {@link HttpClient} and reads the whole body,
 * bounded in size and in time.
 *
 * <p>The JDK's request timeout only covers the wait for response headers, so the attempt is
 * bounded here as a whole: when the per-attempt timeout or the call's deadline passes while a body
 * still dribbles in, the body subscription is cancelled (which closes the connection) and a typed
 * exception is thrown.
 */
public final class JdkTransport implements AsyncInterceptor {
  /** Headers the JDK client computes itself and refuses to take from callers. */
  private static final Set<String> COMPUTED =
      caseInsensitive("host", "content-length", "connection", "expect", "upgrade");

  private static final byte[] EMPTY = new byte[0];

  private final HttpClient client;
  private final Duration attemptTimeout;
  private final long maxResponseBytes;

  /**
   * Creates the transport.
   *
   * @param client the JDK client (its connect timeout applies)
   * @param attemptTimeout the longest one attempt may take, body included
   * @param maxResponseBytes the largest body accepted
   */
  public JdkTransport(HttpClient client, Duration attemptTimeout, long maxResponseBytes) {
    this.client = client;
    this.attemptTimeout = attemptTimeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  @Override
  public Response intercept(Chain chain) {
    Attempt attempt = new Attempt(chain);
    // The blocking send(): sendAsync().get() would add a hand-off to another pool on every call.
    // A body subscriber that is not one of the JDK's own still costs one hand-off to the client's
    // executor (the JDK does not run callers' subscribers on its selector thread); it is the price
    // of bounding the body's size and time, which none of the JDK's subscribers do.
    try {
      return attempt.response(client.send(attempt.build(), attempt::subscriber));
    } catch (InterruptedException e) {
      attempt.abort();
      Thread.currentThread().interrupt();
      throw Internals.callInterrupted(attempt.what + ": interrupted", e);
    } catch (IOException | RuntimeException e) {
      throw attempt.failure(e);
    } finally {
      attempt.stopTimer();
    }
  }

  /**
   * Sends without blocking: the exchange runs on the JDK client's executor, and cancelling the
   * call aborts it (the JDK's future is cancelled and the body subscription, which holds the
   * connection, is cancelled too).
   */
  @Override
  public CompletableFuture<Response> interceptAsync(Chain chain) {
    AsyncCall call = ((RealChain) chain).asyncCall();
    Attempt attempt = new Attempt(chain);
    HttpRequest request = attempt.build();
    CompletableFuture<HttpResponse<Object>> sent = client.sendAsync(request, attempt::subscriber);
    Runnable abort =
        () -> {
          sent.cancel(true);
          attempt.abort();
        };
    call.onCancel(abort);
    return sent.handle(
        (response, failure) -> {
          call.done(abort);
          attempt.stopTimer();
          if (call.cancelled()) {
            throw AsyncCall.cancellation(attempt.what);
          }
          if (failure != null) {
            Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause()
                    : failure;
            throw attempt.failure(cause);
          }
          return attempt.response(response);
        });
  }

  /** One attempt's request, budget and body subscriber, shared by both ways of sending. */
  private final class Attempt {
    final Request request;
    final String what;
    final Duration attemptTimeout;
    final boolean deadlineBinds;
    final Duration budget;
    final int number;
    final long start = System.nanoTime();
    final AtomicReference<BoundedBodySubscriber> body = new AtomicReference<>();

    Attempt(Chain chain) {
      this.request = chain.request();
      this.what = request.operation().describe();
      this.number = chain.attempt();
      Duration remaining = chain.deadline().remaining();
      if (remaining.isZero()) {
        throw Internals.deadlineExceeded(
            what + ": the call deadline passed before attempt " + number);
      }
      this.attemptTimeout =
          chain.options().attemptTimeout().orElse(JdkTransport.this.attemptTimeout);
      this.deadlineBinds = remaining.compareTo(attemptTimeout) < 0;
      this.budget = deadlineBinds ? remaining : attemptTimeout;
    }

    HttpRequest build() {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(request.uri())
              .timeout(budget)
              .method(request.method(), publisher(request));
      request
          .headers()
          .forEach(
              (name, value) -> {
                if (!COMPUTED.contains(name)) {
                  builder.header(name, value);
                }
              });
      return builder.build();
    }

    HttpResponse.BodySubscriber<Object> subscriber(HttpResponse.ResponseInfo info) {
      if (request.streamsResponse() && info.statusCode() >= 200 && info.statusCode() < 300) {
        // Handed over on the connection; a stall is bounded between chunks.
        return HttpResponse.BodySubscribers.mapping(
            new StreamingBodySubscriber(attemptTimeout.toNanos()), Object.class::cast);
      }
      BoundedBodySubscriber subscriber =
          new BoundedBodySubscriber(
              maxResponseBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
      // The JDK's timeout ended with the headers: the rest of the budget bounds the body.
      subscriber.expireAfter(budget.toNanos() - (System.nanoTime() - start));
      body.set(subscriber);
      return HttpResponse.BodySubscribers.mapping(subscriber, Object.class::cast);
    }

    Response response(HttpResponse<Object> response) {
      Headers headers = Headers.of(response.headers().map());
      if (response.body() instanceof InputStream stream) {
        return new Response(response.statusCode(), headers, EMPTY, number, stream);
      }
      return new Response(response.statusCode(), headers, (byte[]) response.body(), number);
    }

    /** The typed exception for what went wrong, the body subscription cancelled. */
    RuntimeException failure(Throwable e) {
      abort();
      BoundedBodySubscriber subscriber = body.get();
      if (e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException)
          || causedBy(e, BoundedBodySubscriber.BodyTimeout.class)
          || (subscriber != null && subscriber.timedOut())) {
        if (deadlineBinds) {
          return Internals.deadlineExceeded(
              what + ": the call deadline passed during attempt " + number);
        }
        return Internals.attemptTimeout(
            what + ": attempt " + number + " took longer than " + attemptTimeout, e);
      }
      if (e instanceof InvalidRequestException invalid) {
        return invalid;
      }
      return translate(what, e, deadlineBinds);
    }

    void abort() {
      BoundedBodySubscriber subscriber = body.get();
      if (subscriber != null) {
        subscriber.cancel();
      }
    }

    void stopTimer() {
      BoundedBodySubscriber subscriber = body.get();
      if (subscriber != null) {
        subscriber.stopTimer();
      }
    }
  }

  /**
   * The request's body for the JDK client: bytes as they are, a file read as it is sent, a
   * stream opened for this attempt (with its length when known, else chunked).
   */
  private static HttpRequest.BodyPublisher publisher(Request request) {
    if (request.body() != null) {
      return HttpRequest.BodyPublishers.ofByteArray(request.body());
    }
    Upload upload = request.upload();
    if (upload == null) {
      return HttpRequest.BodyPublishers.noBody();
    }
    if (upload.file().isPresent()) {
      try {
        return HttpRequest.BodyPublishers.ofFile(upload.file().get());
      } catch (FileNotFoundException e) {
        throw Internals.invalidRequest(
            request.operation().describe() + ": cannot read the upload (" + e.getMessage() + ")");
      }
    }
    HttpRequest.BodyPublisher stream =
        HttpRequest.BodyPublishers.ofInputStream(
            () -> {
              try {
                return upload.open();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return upload.contentLength().isPresent()
        ? HttpRequest.BodyPublishers.fromPublisher(stream, upload.contentLength().getAsLong())
        : stream;
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(List.of(names));
    return Collections.unmodifiableSet(set);
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Maps what the JDK client reports to the runtime's transport exceptions. */
  static TransportException translate(String what, Throwable failure, boolean deadlineBinds) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ResponseTooLargeException tooLarge) {
        return Internals.responseTooLarge(what + ": " + tooLarge.getMessage());
      }
    }
    if (failure instanceof HttpConnectTimeoutException
        || failure instanceof ConnectException
        || failure instanceof SSLHandshakeException
        || failure.getCause() instanceof ConnectException) {
      return Internals.connectFailed(
          what + ": cannot connect (" + describe(failure) + ")", failure);
    }
    if (failure instanceof HttpTimeoutException) {
      if (deadlineBinds) {
        return Internals.deadlineExceeded(what + ": the call deadline passed");
      }
      return Internals.attemptTimeout(what + ": no response in time", failure);
    }
    if (failure instanceof IOException) {
      return Internals.connectionReset(
          what + ": the connection broke (" + describe(failure) + ")", failure);
    }
    return Internals.connectionReset(
        what + ": the exchange failed (" + describe(failure) + ")", failure);
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
