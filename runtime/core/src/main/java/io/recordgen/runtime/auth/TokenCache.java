package io.recordgen.runtime.auth;

import io.recordgen.runtime.RecordgenException;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
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
 * A token that a provider obtains itself and keeps until shortly before it expires, shared by
 * the IAM and OAuth 2.0 providers:
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
final class TokenCache {
  /** A token and when it stops being valid. */
  record Token(Secret value, Instant expiresAt) {}

  private final Supplier<Token> fetch;
  private final Duration refreshAhead;
  private final Duration pauseAfterFailure;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile @Nullable Token token;
  private volatile Instant refreshAt = Instant.MIN;
  private volatile Instant nextAttempt = Instant.MIN;
  private @Nullable CompletableFuture<Token> inFlight;

  TokenCache(
      Supplier<Token> fetch, Duration refreshAhead, Duration pauseAfterFailure, Clock clock) {
    this.fetch = Objects.requireNonNull(fetch);
    this.refreshAhead = Objects.requireNonNull(refreshAhead);
    this.pauseAfterFailure = Objects.requireNonNull(pauseAfterFailure);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Sends the request with the current token ({@code apply} puts it on the request), and once
   * more with a new token when the service answers 401. Operations that need no credentials go
   * as they are.
   */
  Response intercept(Interceptor.Chain chain, BiFunction<Request, Secret, Request> apply) {
    Request request = chain.request();
    if (!request.operation().requiresAuth()) {
      return chain.proceed(request);
    }
    Token used = current();
    Response response = chain.proceed(apply.apply(request, used.value()));
    if (response.status() != 401) {
      return response;
    }
    Token fresh = refreshAfterRejection(used);
    return chain.proceed(apply.apply(request, fresh.value()));
  }

  /** A valid token, refreshed first when it is close to expiry. */
  Token current() {
    Token cached = token;
    Instant now = clock.instant();
    if (cached != null && now.isBefore(refreshAt) && now.isBefore(cached.expiresAt())) {
      return cached;
    }
    if (cached != null && now.isBefore(cached.expiresAt()) && now.isBefore(nextAttempt)) {
      return cached; // a refresh failed recently; the old token is still good
    }
    try {
      return refresh(cached);
    } catch (RecordgenException e) {
      Token old = token;
      if (old != null && clock.instant().isBefore(old.expiresAt())) {
        return old;
      }
      throw e;
    }
  }

  /** After a 401: a new token, unless another caller already replaced the rejected one. */
  private Token refreshAfterRejection(Token rejected) {
    Token cached = token;
    if (cached != null && cached != rejected) {
      return cached;
    }
    return refresh(rejected);
  }

  /** One request for all concurrent callers. */
  private Token refresh(@Nullable Token stale) {
    CompletableFuture<Token> flight;
    boolean leader = false;
    synchronized (lock) {
      Token cached = token;
      if (cached != stale && cached != null) {
        return cached; // refreshed while this caller waited for the lock
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      flight = inFlight;
    }
    if (leader) {
      try {
        Instant fetchedAt = clock.instant();
        Token fresh = fetch.get();
        Instant ahead = fresh.expiresAt().minus(refreshAhead);
        Instant half = fetchedAt.plus(Duration.between(fetchedAt, fresh.expiresAt()).dividedBy(2));
        refreshAt = ahead.isAfter(half) ? ahead : half;
        token = fresh;
        flight.complete(fresh);
      } catch (RuntimeException e) {
        nextAttempt = clock.instant().plus(pauseAfterFailure);
        flight.completeExceptionally(e);
      } finally {
        synchronized (lock) {
          inFlight = null;
        }
      }
    }
    try {
      return flight.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RecordgenException failure) {
        throw failure;
      }
      throw e;
    }
  }
}
