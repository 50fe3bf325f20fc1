package io.recordgen.runtime.testing;

import io.recordgen.runtime.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when told to, and a sleeper that moves it instead of waiting. */
public final class FakeTime extends Clock implements Sleeper {
  private final AtomicReference<Instant> now;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public FakeTime(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public static FakeTime at(String instant) {
    return new FakeTime(Instant.parse(instant));
  }

  /** Moves the clock. */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Every sleep requested, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  /** An asynchronous wait, recorded and over at once like a blocking one. */
  @Override
  public CompletableFuture<Void> after(Duration duration) {
    sleep(duration);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
