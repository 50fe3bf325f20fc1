package io.recordgen.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * An interceptor that only changes the request before handing it on, such as one that adds
 * credentials: it works the same in blocking and asynchronous calls, holding no thread.
 */
@FunctionalInterface
public interface RequestInterceptor extends AsyncInterceptor {

  /**
   * The request to send instead of {@code request}; {@code request} itself to change nothing.
   *
   * @param request the request as it arrived at this interceptor
   * @return the request to hand on
   */
  Request rewrite(Request request);

  @Override
  default Response intercept(Chain chain) {
    return chain.proceed(rewrite(chain.request()));
  }

  @Override
  default CompletableFuture<Response> interceptAsync(Chain chain) {
    return chain.proceedAsync(rewrite(chain.request()));
  }
}
