package io.recordgen.runtime.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The instant by which a whole call (every attempt, every wait between them, the last body)
 * must be done, on the client's clock so tests can move time.
 */
public final class Deadline {
  private final Instant at;
  private final Clock clock;

  private Deadline(Instant at, Clock clock) {
    this.at = at;
    this.clock = clock;
  }

  /** A deadline {@code budget} from now on {@code clock}. */
  public static Deadline after(Duration budget, Clock clock) {
    return new Deadline(clock.instant().plus(budget), clock);
  }

  /** Time left, never negative. */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), at);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Whether no time is left. */
  public boolean isExpired() {
    return !clock.instant().isBefore(at);
  }

  /** The instant itself. */
  public Instant instant() {
    return at;
  }

  @Override
  public String toString() {
    return "Deadline[" + remaining().toMillis() + " ms left]";
  }
}
