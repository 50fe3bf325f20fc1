package io.recordgen.runtime.internal;

import io.recordgen.runtime.CallInterruptedException;
import io.recordgen.runtime.OperationSpec;
import io.recordgen.runtime.RetryPolicy;
import io.recordgen.runtime.Sleeper;
import io.recordgen.runtime.TransportException;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request again according to a {@link RetryPolicy}: exponential backoff with full
 * jitter, {@code Retry-After} honoured, never past the call's deadline, and only where resending
 * cannot do harm (see the policy).
 */
public final class RetryInterceptor implements Interceptor {
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
    Request request = chain.request();
    OperationSpec operation = request.operation();
    RetryPolicy chosen = chain.options().retryPolicy().orElse(this.policy);
    // A body read from a single stream cannot be sent again: such a call is made once.
    RetryPolicy policy = request.replayable() ? chosen : chosen.withMaxAttempts(1);
    boolean resendable = operation.idempotent() || keyed(request, chain);
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request, attempt);
      } catch (TransportException e) {
        boolean safe = resendable || !e.mayHaveReachedServer();
        if (!e.retryable() || !safe || attempt >= policy.maxAttempts()) {
          throw e;
        }
        if (!pause(policy, chain, attempt + 1, null)) {
          throw e;
        }
        continue;
      }
      int status = response.status();
      boolean retryable =
          policy.retryableStatuses().contains(status)
              && (resendable || status == RetryPolicy.TOO_MANY_REQUESTS);
      if (!retryable || attempt >= policy.maxAttempts()) {
        return response;
      }
      if (!pause(policy, chain, attempt + 1, response)) {
        return response;
      }
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
   * Waits before attempt {@code next}; {@code false} when waiting is pointless (the server asks
   * for longer than the cap, or the deadline would pass).
   */
  private boolean pause(RetryPolicy policy, Chain chain, int next, @Nullable Response response) {
    Duration wait = jitter(policy.backoffCeiling(next));
    Duration retryAfter = response == null ? null : retryAfter(response);
    if (retryAfter != null) {
      if (retryAfter.compareTo(policy.retryAfterCap()) > 0) {
        return false;
      }
      wait = retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }
    if (wait.compareTo(chain.deadline().remaining()) >= 0) {
      return false;
    }
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallInterruptedException(
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
