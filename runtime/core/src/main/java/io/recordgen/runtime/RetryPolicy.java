package io.recordgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how often a call is sent again.
 *
 * <p>Defaults: up to 3 attempts; exponential backoff from 200 ms doubling to at most 10 s, with
 * full jitter (a random wait between zero and the backoff, which spreads retries of many clients);
 * {@code Retry-After} is honoured in both forms (seconds and HTTP date) when it asks for at most
 * 30 s — a server that asks for longer gets its error back instead of an early retry.
 *
 * <p>What is retried:
 *
 * <ul>
 *   <li>Idempotent operations (GET, HEAD, PUT, DELETE, OPTIONS, or {@code x-idempotent: true} in
 *       the spec), and calls that carry an idempotency key (the spec declares its header with
 *       {@code x-recordgen-idempotency-key}, or the caller sets {@link
 *       CallOptions.Builder#idempotencyKey}): connection failures, timeouts and resets, and
 *       statuses 408, 429, 502, 503, 504. A keyed call sends the same key on every attempt.
 *   <li>Other operations (a POST that creates a backup): only when the request provably never
 *       reached the server (connection refused, connect timeout) or the server answered 429,
 *       which means it did not act. A create is never sent twice by the runtime's own doing.
 * </ul>
 *
 * @param maxAttempts the most attempts, the first included (1 disables retries)
 * @param initialBackoff the backoff before the second attempt
 * @param maxBackoff the largest backoff
 * @param retryAfterCap the longest {@code Retry-After} that is waited for
 * @param retryableStatuses statuses that are retried for idempotent operations
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration retryAfterCap,
    Set<Integer> retryableStatuses) {

  /** Status that every operation may retry: the server says it did not act. */
  public static final int TOO_MANY_REQUESTS = 429;

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(retryAfterCap, "retryAfterCap");
    retryableStatuses = Set.copyOf(retryableStatuses);
  }

  /** The defaults described above. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        3,
        Duration.ofMillis(200),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Set.of(408, 429, 502, 503, 504));
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return defaults().withMaxAttempts(1);
  }

  /** A copy with another attempt limit. */
  public RetryPolicy withMaxAttempts(int value) {
    return new RetryPolicy(value, initialBackoff, maxBackoff, retryAfterCap, retryableStatuses);
  }

  /** A copy with other backoff bounds. */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, retryAfterCap, retryableStatuses);
  }

  /** A copy with another {@code Retry-After} cap. */
  public RetryPolicy withRetryAfterCap(Duration value) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, value, retryableStatuses);
  }

  /** The backoff ceiling before attempt {@code next} (2 for the first retry). */
  public Duration backoffCeiling(int next) {
    long factor = 1L << Math.min(30, Math.max(0, next - 2));
    Duration backoff = initialBackoff.multipliedBy(factor);
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
