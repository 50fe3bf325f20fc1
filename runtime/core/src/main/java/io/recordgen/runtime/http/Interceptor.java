package io.recordgen.runtime.http;

import io.recordgen.runtime.CallOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Observes, changes or repeats a request on its way to the transport: authentication, retries
 * and logging are interceptors. The shape follows OkHttp's {@code Interceptor}.
 *
 * <p>An interceptor that should not hold a thread in asynchronous calls implements {@link
 * AsyncInterceptor} as well.
 */
@FunctionalInterface
public interface Interceptor {

  /**
   * Handles one request, usually by calling {@link Chain#proceed} once (or more, for retries).
   *
   * @param chain the request and the rest of the chain
   * @return the response to hand back up the chain
   */
  Response intercept(Chain chain);

  /** The request and the interceptors after this one. */
  interface Chain {
    /** The request as it arrived at this interceptor. */
    Request request();

    /** Which attempt this is, from 1; retry interceptors increase it. */
    int attempt();

    /** When the whole call must be done; no interceptor should wait past it. */
    Deadline deadline();

    /** What the call changes of the client's settings, and its attributes. */
    CallOptions options();

    /** Passes a request to the next interceptor and returns its response. */
    Response proceed(Request request);

    /** Passes a request on as attempt {@code attempt}. */
    Response proceed(Request request, int attempt);

    /**
     * Passes a request to the next interceptor without waiting for its response; in a blocking
     * call the future is already complete when it is returned.
     */
    default CompletableFuture<Response> proceedAsync(Request request) {
      return proceedAsync(request, attempt());
    }

    /** Passes a request on as attempt {@code attempt}, without waiting for its response. */
    default CompletableFuture<Response> proceedAsync(Request request, int attempt) {
      try {
        return CompletableFuture.completedFuture(proceed(request, attempt));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
  }
}
