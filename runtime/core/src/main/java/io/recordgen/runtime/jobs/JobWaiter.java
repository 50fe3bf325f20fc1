package io.recordgen.runtime.jobs;

import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.Sleeper;
import io.recordgen.runtime.support.Internals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Polls a job until it completes or fails.
 *
 * <p>Defaults: first poll at once, then every 2 s growing by half up to 15 s between polls;
 * give up after 30 minutes; a job that is not visible yet (TaurusDB answers {@code DBS.200543}
 * for a few seconds after creating one) counts as pending for up to 2 minutes. Every poll is
 * reported to the progress callback.
 */
public final class JobWaiter {
  private final Duration timeout;
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final Duration notVisibleGrace;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Consumer<JobProgress> progress;

  private JobWaiter(Builder builder) {
    this.timeout = builder.timeout;
    this.initialInterval = builder.initialInterval;
    this.maxInterval = builder.maxInterval;
    this.notVisibleGrace = builder.notVisibleGrace;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
    this.progress = builder.progress;
  }

  /** A waiter with the defaults. */
  public static JobWaiter defaults() {
    return builder().build();
  }

  /** Starts configuring a waiter. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy that reports each poll to {@code listener}. */
  public JobWaiter onProgress(Consumer<JobProgress> listener) {
    Builder builder = toBuilder();
    builder.progress = Objects.requireNonNull(listener, "listener");
    return builder.build();
  }

  /**
   * Polls until the job completes.
   *
   * @return the last job response, in state {@link JobState#COMPLETED}
   * @throws JobFailedException if the job fails
   * @throws JobTimeoutException if it has not ended within the timeout
   * @throws ApiException if polling fails for another reason than the job not being visible yet
   */
  public <J> J await(String jobId, JobProbe<J> probe) {
    return await(jobId, probe, null);
  }

  /**
   * Polls until the job that {@code started} began completes; a failure or a timeout keeps
   * {@code started}, so the caller still has what the starting operation returned (the new
   * backup's id, say).
   *
   * @param started the response of the operation that started the job
   * @return the last job response, in state {@link JobState#COMPLETED}
   * @throws JobFailedException if the job fails
   * @throws JobTimeoutException if it has not ended within the timeout
   * @throws ApiException if polling fails for another reason than the job not being visible yet
   */
  public <J> J await(String jobId, JobProbe<J> probe, @Nullable ApiResponse<?> started) {
    Instant start = clock.instant();
    Duration interval = initialInterval;
    JobState last = JobState.PENDING;
    J lastJob = null;
    for (int poll = 1; ; poll++) {
      Duration elapsed = Duration.between(start, clock.instant());
      try {
        J job = probe.fetch(jobId);
        lastJob = job;
        last = probe.state(job);
        progress.accept(
            new JobProgress(jobId, last, probe.status(job), probe.progress(job), poll, elapsed));
        if (last == JobState.COMPLETED) {
          return job;
        }
        if (last == JobState.FAILED) {
          throw new JobFailedException(jobId, probe.failReason(job), job, started);
        }
      } catch (ApiException e) {
        if (!probe.notYetVisible(e) || elapsed.compareTo(notVisibleGrace) > 0) {
          throw e;
        }
        last = JobState.PENDING;
        progress.accept(new JobProgress(jobId, last, null, null, poll, elapsed));
      }
      Duration left = timeout.minus(Duration.between(start, clock.instant()));
      if (left.isNegative() || left.isZero()) {
        throw new JobTimeoutException(jobId, last, timeout, lastJob, started);
      }
      sleep(interval.compareTo(left) < 0 ? interval : left, jobId);
      interval = next(interval);
    }
  }

  private Duration next(Duration interval) {
    Duration grown = interval.plus(interval.dividedBy(2));
    return grown.compareTo(maxInterval) > 0 ? maxInterval : grown;
  }

  private void sleep(Duration duration, String jobId) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Internals.callInterrupted("interrupted while waiting for job " + jobId, e);
    }
  }

  private Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.initialInterval = initialInterval;
    builder.maxInterval = maxInterval;
    builder.notVisibleGrace = notVisibleGrace;
    builder.clock = clock;
    builder.sleeper = sleeper;
    builder.progress = progress;
    return builder;
  }

  /** Configures a {@link JobWaiter}. */
  public static final class Builder {
    private Duration timeout = Duration.ofMinutes(30);
    private Duration initialInterval = Duration.ofSeconds(2);
    private Duration maxInterval = Duration.ofSeconds(15);
    private Duration notVisibleGrace = Duration.ofMinutes(2);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Consumer<JobProgress> progress = p -> {};

    private Builder() {}

    /** How long to wait in all. */
    public Builder timeout(Duration value) {
      this.timeout = Objects.requireNonNull(value);
      return this;
    }

    /** The pause after the first poll and the longest pause between polls. */
    public Builder intervals(Duration initial, Duration max) {
      this.initialInterval = Objects.requireNonNull(initial);
      this.maxInterval = Objects.requireNonNull(max);
      return this;
    }

    /** How long a job may stay invisible before that counts as an error. */
    public Builder notVisibleGrace(Duration value) {
      this.notVisibleGrace = Objects.requireNonNull(value);
      return this;
    }

    /** The clock and sleeper; tests pass fakes so that no real time passes. */
    public Builder time(Clock clockValue, Sleeper sleeperValue) {
      this.clock = Objects.requireNonNull(clockValue);
      this.sleeper = Objects.requireNonNull(sleeperValue);
      return this;
    }

    /** Reports every poll. */
    public Builder onProgress(Consumer<JobProgress> value) {
      this.progress = Objects.requireNonNull(value);
      return this;
    }

    /** The waiter. */
    public JobWaiter build() {
      return new JobWaiter(this);
    }
  }
}
