package io.recordgen.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * An interceptor that also works without blocking, for asynchronous calls: it hands the request
 * on with {@link Chain#proceedAsync} and transforms the future it gets back, never waiting on it.
 *
 * <p>An asynchronous call runs {@link #interceptAsync}; a blocking call runs {@link #intercept},
 * so both must do the same. An interceptor that implements only {@link Interceptor} still works
 * in asynchronous calls, on the client's executor, where it holds one of that executor's threads
 * for as long as the rest of the chain takes.
 *
 * <p>The future's callbacks run on the runtime's I/O threads: they must not block.
 */
public interface AsyncInterceptor extends Interceptor {

  /**
   * Handles one request of an asynchronous call, usually by calling {@link Chain#proceedAsync}
   * once (or more, for retries) and returning what it returns, transformed.
   *
   * @param chain the request and the rest of the chain
   * @return the response to hand back up the chain, when it arrives
   */
  CompletableFuture<Response> interceptAsync(Chain chain);
}
