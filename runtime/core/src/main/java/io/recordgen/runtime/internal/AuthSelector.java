package io.recordgen.runtime.internal;

import io.recordgen.runtime.OperationSpec;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Response;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Picks how to authenticate each call from the operation's security schemes and the client's
 * configuration: the first scheme of the operation that the client has credentials for, else the
 * client's default. Operations that need no credentials get none.
 */
public final class AuthSelector implements Interceptor {
  private final Map<String, Interceptor> byScheme;
  private final @Nullable Interceptor fallback;

  public AuthSelector(Map<String, Interceptor> byScheme, @Nullable Interceptor fallback) {
    this.byScheme = Map.copyOf(byScheme);
    this.fallback = fallback;
  }

  @Override
  public Response intercept(Chain chain) {
    OperationSpec operation = chain.request().operation();
    if (!operation.requiresAuth()) {
      return chain.proceed(chain.request());
    }
    for (String scheme : operation.security()) {
      Interceptor auth = byScheme.get(scheme);
      if (auth != null) {
        return auth.intercept(chain);
      }
    }
    return fallback != null ? fallback.intercept(chain) : chain.proceed(chain.request());
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
