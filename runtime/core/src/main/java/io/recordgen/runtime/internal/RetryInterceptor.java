package io.recordgen.runtime.internal;

import io.recordgen.runtime.RetryPolicy;
import io.recordgen.runtime.Sleeper;
import io.recordgen.runtime.TransportException;
import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.Internals;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request again according to a {@link RetryPolicy}: exponential backoff with full
 * jitter, {@code Retry-After} honoured, never past the call's deadline, and only where resending
 * cannot do harm (see the policy).
 *
 * <p>In an asynchronous call the wait is scheduled, never slept: no thread is held between
 * attempts, and a cancelled call starts no further attempt.
 */
public final class RetryInterceptor implements AsyncInterceptor {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Clock clock;

  public RetryInterceptor(
      RetryPolicy policy, Sleeper sleeper, RandomGenerator random, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) {
    Plan plan = plan(chain);
    Request request = chain.request();
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request, attempt);
      } catch (TransportException e) {
        Duration wait = plan.afterFailure(e, attempt, chain);
        if (wait == null) {
          throw e;
        }
        sleep(wait, chain);
        continue;
      }
      Duration wait = plan.afterResponse(response, attempt, chain);
      if (wait == null) {
        return response;
      }
      sleep(wait, chain);
    }
  }

  @Override
  public CompletableFuture<Response> interceptAsync(Chain chain) {
    return attemptAsync(plan(chain), chain, 1);
  }

  private CompletableFuture<Response> attemptAsync(Plan plan, Chain chain, int attempt) {
    return chain
        .proceedAsync(chain.request(), attempt)
        .handle(
            (response, failure) -> {
              Duration wait;
              if (failure != null) {
                RuntimeException cause = RealChain.unwrap(failure);
                wait =
                    cause instanceof TransportException e
                        ? plan.afterFailure(e, attempt, chain)
                        : null;
                if (wait == null) {
                  return CompletableFuture.<Response>failedFuture(cause);
                }
              } else {
                wait = plan.afterResponse(response, attempt, chain);
                if (wait == null) {
                  return CompletableFuture.completedFuture(response);
                }
              }
              return sleeper
                  .after(wait)
                  .thenCompose(ignored -> attemptAsync(plan, chain, attempt + 1));
            })
        .thenCompose(next -> next);
  }

  /** What this call may resend: the policy that applies, and whether resending is safe. */
  private Plan plan(Chain chain) {
    Request request = chain.request();
    RetryPolicy chosen = chain.options().retryPolicy().orElse(this.policy);
    // A body read from a single stream cannot be sent again: such a call is made once.
    RetryPolicy policy = request.replayable() ? chosen : chosen.withMaxAttempts(1);
    boolean resendable = request.operation().idempotent() || keyed(request, chain);
    return new Plan(policy, resendable);
  }

  /** The retry decisions of one call; {@code null} means "do not send again". */
  private final class Plan {
    private final RetryPolicy policy;
    private final boolean resendable;

    Plan(RetryPolicy policy, boolean resendable) {
      this.policy = policy;
      this.resendable = resendable;
    }

    @Nullable Duration afterFailure(TransportException e, int attempt, Chain chain) {
      boolean safe = resendable || !e.mayHaveReachedServer();
      if (!e.retryable() || !safe || attempt >= policy.maxAttempts()) {
        return null;
      }
      return pause(policy, chain, attempt + 1, null);
    }

    @Nullable Duration afterResponse(Response response, int attempt, Chain chain) {
      int status = response.status();
      boolean retryable =
          policy.retryableStatuses().contains(status)
              && (resendable || status == RetryPolicy.TOO_MANY_REQUESTS);
      if (!retryable || attempt >= policy.maxAttempts()) {
        return null;
      }
      return pause(policy, chain, attempt + 1, response);
    }
  }

  /**
   * Whether the request carries an idempotency key that makes resending it safe: one the caller
   * set, or one in the header the operation declares for it.
   */
  private static boolean keyed(Request request, Chain chain) {
    String declared = request.operation().idempotencyKeyHeader();
    return chain.options().idempotencyKey().isPresent()
        || (declared != null && request.headers().firstValue(declared).isPresent());
  }

  /**
   * How long to wait before attempt {@code next}; {@code null} when waiting is pointless (the
   * server asks for longer than the cap, or the deadline would pass).
   */
  private @Nullable Duration pause(
      RetryPolicy policy, Chain chain, int next, @Nullable Response response) {
    Duration wait = jitter(policy.backoffCeiling(next));
    Duration retryAfter = response == null ? null : retryAfter(response);
    if (retryAfter != null) {
      if (retryAfter.compareTo(policy.retryAfterCap()) > 0) {
        return null;
      }
      wait = retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }
    if (wait.compareTo(chain.deadline().remaining()) >= 0) {
      return null;
    }
    return wait;
  }

  private void sleep(Duration wait, Chain chain) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Internals.callInterrupted(
          chain.request().operation().describe() + ": interrupted while waiting to retry", e);
    }
  }

  private Duration jitter(Duration ceiling) {
    long nanos = ceiling.toNanos();
    return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(nanos + 1));
  }

  /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110, section 10.2.3). */
  @Nullable Duration retryAfter(Response response) {
    String value = response.headers().firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      java.time.OffsetDateTime at = HttpDates.parse(trimmed, clock);
      if (at == null) {
        return null;
      }
      Duration until = Duration.between(clock.instant(), at.toInstant());
      return until.isNegative() ? Duration.ZERO : until;
    }
  }
}
