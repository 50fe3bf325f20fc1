package io.recordgen.runtime.auth;

import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.internal.RealChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A token that a provider obtains itself and keeps until shortly before it expires, for auth
 * providers such as {@link OAuth2ClientCredentials} and Huawei Cloud's IAM provider:
 *
 * <ul>
 *   <li>refreshed ahead of expiry (by the configured margin, or at half its lifetime when that
 *       comes later, so that a short-lived token is not fetched on every call) in a single flight: however many callers need a new token at
 *       once, one request is made and all of them wait for it;
 *   <li>when a refresh fails while the old token is still valid, the old one is used, and the
 *       next refresh is tried after a pause rather than on every call;
 *   <li>when the service answers 401, the token is refreshed once and the request resent once.
 * </ul>
 */
public final class TokenCache {
  /**
   * A token and when it stops being valid.
   *
   * @param value the token
   * @param expiresAt when the service stops accepting it
   */
  public record Token(Secret value, Instant expiresAt) {}

  private final Supplier<Token> fetch;
  private final Supplier<CompletableFuture<Token>> fetchAsync;
  private final Duration refreshAhead;
  private final Duration pauseAfterFailure;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile @Nullable Token token;
  private volatile Instant refreshAt = Instant.MIN;
  private volatile Instant nextAttempt = Instant.MIN;
  private @Nullable CompletableFuture<Token> inFlight;

  /**
   * A cache.
   *
   * @param fetch obtains a token, blocking
   * @param fetchAsync obtains a token without blocking, for asynchronous calls
   * @param refreshAhead how long before expiry a token is replaced
   * @param pauseAfterFailure how long a still-valid token is kept after a refresh failed
   * @param clock the clock expiry is measured on
   */
  public TokenCache(
      Supplier<Token> fetch,
      Supplier<CompletableFuture<Token>> fetchAsync,
      Duration refreshAhead,
      Duration pauseAfterFailure,
      Clock clock) {
    this.fetch = Objects.requireNonNull(fetch);
    this.fetchAsync = Objects.requireNonNull(fetchAsync);
    this.refreshAhead = Objects.requireNonNull(refreshAhead);
    this.pauseAfterFailure = Objects.requireNonNull(pauseAfterFailure);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Sends the request with the current token ({@code apply} puts it on the request), and once
   * more with a new token when the service answers 401. Operations that need no credentials go
   * as they are.
   */
  public Response intercept(Interceptor.Chain chain, BiFunction<Request, Secret, Request> apply) {
    Request request = chain.request();
    if (!request.operation().requiresAuth()) {
      return chain.proceed(request);
    }
    Token used = current();
    Response response = chain.proceed(apply.apply(request, used.value()));
    if (response.status() != 401) {
      return response;
    }
    Token fresh = join(refreshAfterRejection(used, false));
    return chain.proceed(apply.apply(request, fresh.value()));
  }

  /** {@link #intercept} without blocking: a token fetch, when one is due, is awaited as a future. */
  public CompletableFuture<Response> interceptAsync(
      Interceptor.Chain chain, BiFunction<Request, Secret, Request> apply) {
    Request request = chain.request();
    if (!request.operation().requiresAuth()) {
      return chain.proceedAsync(request);
    }
    return current(true)
        .thenCompose(
            used ->
                chain
                    .proceedAsync(apply.apply(request, used.value()))
                    .thenCompose(
                        response ->
                            response.status() != 401
                                ? CompletableFuture.completedFuture(response)
                                : refreshAfterRejection(used, true)
                                    .thenCompose(
                                        fresh ->
                                            chain.proceedAsync(
                                                apply.apply(request, fresh.value())))));
  }

  /** A valid token, refreshed first when it is close to expiry. */
  public Token current() {
    return join(current(false));
  }

  private CompletableFuture<Token> current(boolean async) {
    Token cached = token;
    Instant now = clock.instant();
    if (cached != null && now.isBefore(refreshAt) && now.isBefore(cached.expiresAt())) {
      return CompletableFuture.completedFuture(cached);
    }
    if (cached != null && now.isBefore(cached.expiresAt()) && now.isBefore(nextAttempt)) {
      // a refresh failed recently; the old token is still good
      return CompletableFuture.completedFuture(cached);
    }
    return refresh(cached, async)
        .handle(
            (fresh, failure) -> {
              if (failure == null) {
                return fresh;
              }
              Token old = token;
              if (old != null && clock.instant().isBefore(old.expiresAt())) {
                return old;
              }
              throw RealChain.unwrap(failure);
            });
  }

  /** After a 401: a new token, unless another caller already replaced the rejected one. */
  private CompletableFuture<Token> refreshAfterRejection(Token rejected, boolean async) {
    Token cached = token;
    if (cached != null && cached != rejected) {
      return CompletableFuture.completedFuture(cached);
    }
    return refresh(rejected, async);
  }

  /** One request for all concurrent callers, blocking and asynchronous alike. */
  private CompletableFuture<Token> refresh(@Nullable Token stale, boolean async) {
    CompletableFuture<Token> flight;
    synchronized (lock) {
      Token cached = token;
      if (cached != stale && cached != null) {
        return CompletableFuture.completedFuture(cached); // refreshed while this caller waited
      }
      if (inFlight != null) {
        return inFlight;
      }
      flight = new CompletableFuture<>();
      inFlight = flight;
    }
    Instant fetchedAt = clock.instant();
    CompletableFuture<Token> fetched;
    try {
      fetched = async ? fetchAsync.get() : CompletableFuture.completedFuture(fetch.get());
    } catch (RuntimeException e) {
      fetched = CompletableFuture.failedFuture(e);
    }
    fetched.whenComplete(
        (fresh, failure) -> {
          if (failure == null) {
            Instant ahead = fresh.expiresAt().minus(refreshAhead);
            Instant half =
                fetchedAt.plus(Duration.between(fetchedAt, fresh.expiresAt()).dividedBy(2));
            refreshAt = ahead.isAfter(half) ? ahead : half;
            token = fresh;
          } else {
            nextAttempt = clock.instant().plus(pauseAfterFailure);
          }
          synchronized (lock) {
            inFlight = null;
          }
          if (failure == null) {
            flight.complete(fresh);
          } else {
            flight.completeExceptionally(RealChain.unwrap(failure));
          }
        });
    return flight;
  }

  private static Token join(CompletableFuture<Token> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw RealChain.unwrap(e);
    }
  }
}
