package io.recordgen.runtime.internal;

import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Deadline;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.Internals;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The interceptor chain: each {@link #proceed} hands the request to the next interceptor. A
 * blocking call runs every interceptor's {@link Interceptor#intercept}; an asynchronous one runs
 * {@link AsyncInterceptor#interceptAsync} where there is one, and an interceptor that only blocks
 * on the call's blocking executor.
 */
public final class RealChain implements Interceptor.Chain {
  private final List<Interceptor> interceptors;
  private final int index;
  private final Request request;
  private final int attempt;
  private final Deadline deadline;
  private final CallOptions options;
  private final @Nullable AsyncCall async;

  /**
   * Starts the chain of a blocking call.
   *
   * @param interceptors the interceptors, the last of which must answer without proceeding
   * @param request the request
   * @param deadline the call's deadline
   * @param options what the call changes of the client's settings
   */
  public RealChain(
      List<Interceptor> interceptors, Request request, Deadline deadline, CallOptions options) {
    this(interceptors, 0, request, 1, deadline, options, null);
  }

  /** Starts the chain of an asynchronous call. */
  public RealChain(
      List<Interceptor> interceptors,
      Request request,
      Deadline deadline,
      CallOptions options,
      AsyncCall async) {
    this(interceptors, 0, request, 1, deadline, options, async);
  }

  private RealChain(
      List<Interceptor> interceptors,
      int index,
      Request request,
      int attempt,
      Deadline deadline,
      CallOptions options,
      @Nullable AsyncCall async) {
    this.interceptors = interceptors;
    this.index = index;
    this.request = request;
    this.attempt = attempt;
    this.deadline = deadline;
    this.options = options;
    this.async = async;
  }

  /** Runs the whole chain of a blocking call from the first interceptor. */
  public Response run() {
    return interceptors.get(index).intercept(this);
  }

  /** Runs the whole chain of an asynchronous call from the first interceptor. */
  public CompletableFuture<Response> runAsync() {
    AsyncCall call = asyncCall();
    if (call.cancelled()) {
      return CompletableFuture.failedFuture(AsyncCall.cancellation(request.operation().describe()));
    }
    Interceptor next = interceptors.get(index);
    if (next instanceof AsyncInterceptor nonBlocking) {
      try {
        return nonBlocking.interceptAsync(this);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return blocking(next);
  }

  /** Runs an interceptor that only blocks, on the asynchronous call's blocking executor. */
  CompletableFuture<Response> blocking(Interceptor interceptor) {
    return CompletableFuture.supplyAsync(() -> interceptor.intercept(this), asyncCall().blocking());
  }

  /** The state of the asynchronous call this chain belongs to. */
  AsyncCall asyncCall() {
    if (async == null) {
      throw new IllegalStateException("a blocking call's chain");
    }
    return async;
  }

  /** Whether this chain belongs to an asynchronous call. */
  boolean isAsync() {
    return async != null;
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public int attempt() {
    return attempt;
  }

  @Override
  public Deadline deadline() {
    return deadline;
  }

  @Override
  public CallOptions options() {
    return options;
  }

  @Override
  public Response proceed(Request next) {
    return proceed(next, attempt);
  }

  @Override
  public Response proceed(Request next, int nextAttempt) {
    RealChain chain = next(next, nextAttempt);
    if (async == null) {
      return chain.run();
    }
    // An interceptor that only blocks, inside an asynchronous call: it waits on its own thread.
    try {
      return chain.runAsync().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      async.cancel();
      throw Internals.callInterrupted(request.operation().describe() + ": interrupted", e);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  @Override
  public CompletableFuture<Response> proceedAsync(Request next) {
    return proceedAsync(next, attempt);
  }

  @Override
  public CompletableFuture<Response> proceedAsync(Request next, int nextAttempt) {
    if (async == null) {
      return Interceptor.Chain.super.proceedAsync(next, nextAttempt);
    }
    return next(next, nextAttempt).runAsync();
  }

  private RealChain next(Request next, int nextAttempt) {
    if (index + 1 >= interceptors.size()) {
      throw new IllegalStateException("the last interceptor must not proceed");
    }
    return new RealChain(interceptors, index + 1, next, nextAttempt, deadline, options, async);
  }

  /** The exception a future failed with, as the blocking path would have thrown it. */
  public static RuntimeException unwrap(@Nullable Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException || cause instanceof ExecutionException) {
      if (cause.getCause() == null) {
        break;
      }
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new CompletionException(cause);
  }
}
