package io.recordgen.runtime.internal;

import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.OperationSpec;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Picks how to authenticate each call from the operation's security schemes and the client's
 * configuration: the first scheme of the operation that the client has credentials for, else the
 * client's default. Operations that need no credentials get none.
 */
public final class AuthSelector implements AsyncInterceptor {
  private final Map<String, Interceptor> byScheme;
  private final @Nullable Interceptor fallback;

  public AuthSelector(Map<String, Interceptor> byScheme, @Nullable Interceptor fallback) {
    this.byScheme = Map.copyOf(byScheme);
    this.fallback = fallback;
  }

  @Override
  public Response intercept(Chain chain) {
    Interceptor auth = choose(chain);
    return auth == null ? chain.proceed(chain.request()) : auth.intercept(chain);
  }

  @Override
  public CompletableFuture<Response> interceptAsync(Chain chain) {
    Interceptor auth = choose(chain);
    if (auth == null) {
      return chain.proceedAsync(chain.request());
    }
    if (auth instanceof AsyncInterceptor nonBlocking) {
      return nonBlocking.interceptAsync(chain);
    }
    // An auth interceptor that only blocks: it runs where the chain runs blocking interceptors.
    return ((RealChain) chain).blocking(auth);
  }

  /** The operation's auth, or {@code null} when it needs none or none is configured. */
  private @Nullable Interceptor choose(Chain chain) {
    OperationSpec operation = chain.request().operation();
    if (!operation.requiresAuth()) {
      return null;
    }
    for (String scheme : operation.security()) {
      Interceptor auth = byScheme.get(scheme);
      if (auth != null) {
        return auth;
      }
    }
    return fallback;
  }

  /** Whether any credentials are configured. */
  public boolean isEmpty() {
    return byScheme.isEmpty() && fallback == null;
  }

  /** Scheme names and types only. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    byScheme.forEach(
        (scheme, auth) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(scheme)
                .append('=')
                .append(auth.getClass().getSimpleName()));
    if (fallback != null) {
      text.append(text.length() == 0 ? "" : ", ").append(fallback.getClass().getSimpleName());
    }
    return text.length() == 0 ? "none" : text.toString();
  }
}
