package io.recordgen.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The waiter on a fake clock: no test waits for real. */
class JobWaiterTest {
  private static final JobStates TAURUS =
      new JobStates(
          List.of("Completed"), List.of("Failed"), List.of("Running"), List.of("DBS.200543"));

  /** A job response, as generated code types it. */
  record Job(String id, String status, String process, String failReason) {}

  private final FakeTime time = FakeTime.at("2026-11-26T10:00:00Z");
  private final List<JobProgress> reported = new ArrayList<>();

  private JobWaiter waiter(Duration timeout) {
    return JobWaiter.builder().timeout(timeout).time(time, time).onProgress(reported::add).build();
  }

  private static Job job(String status, String process, String reason) {
    return new Job("job-1", status, process, reason);
  }

  /** A probe that serves the given polls in order (a RuntimeException is thrown). */
  private static JobProbe<Job> probe(Object... polls) {
    Deque<Object> queue = new ArrayDeque<>(List.of(polls));
    Function<String, Job> fetch =
        id -> {
          Object next = queue.size() > 1 ? queue.poll() : queue.peek();
          if (next instanceof RuntimeException e) {
            throw e;
          }
          return (Job) next;
        };
    return JobProbe.of(fetch, Job::status, Job::failReason, Job::process, TAURUS);
  }

  private static final ApiResponse<String> STARTED =
      ApiResponse.of(201, Headers.of(Map.of("X-Request-Id", List.of("req-9"))), "backup-7");

  private static ApiException notFound() {
    return ApiException.of(400, "{\"code\":\"DBS.200543\",\"message\":\"job does not exist\"}");
  }

  @Test
  void aStatusTheSpecDoesNotListCountsAsRunningAndReachesTheCallback() {
    Job done = job("Completed", "100%", "");

    Job result =
        waiter(Duration.ofMinutes(5))
            .await(
                "job-1",
                probe(
                    job("Pending", "0%", ""),
                    job("Running", "40%", ""),
                    job("Running", "80%", ""),
                    done));

    assertThat(result).isEqualTo(done);
    assertThat(reported)
        .extracting(JobProgress::state, JobProgress::progress)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(JobState.RUNNING, "0%"),
            org.assertj.core.groups.Tuple.tuple(JobState.RUNNING, "40%"),
            org.assertj.core.groups.Tuple.tuple(JobState.RUNNING, "80%"),
            org.assertj.core.groups.Tuple.tuple(JobState.COMPLETED, "100%"));
    assertThat(reported).first().satisfies(p -> assertThat(p.status()).isEqualTo("Pending"));
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500));
  }

  @Test
  void aJobWithoutAStatusIsPending() {
    assertThat(TAURUS.state(null)).isEqualTo(JobState.PENDING);
    assertThat(TAURUS.state("Exploding")).isEqualTo(JobState.RUNNING);
    assertThat(TAURUS.state("Failed")).isEqualTo(JobState.FAILED);
  }

  @Test
  void aFailureKeepsTheStartingResponseAndTheLastJob() {
    Job failed = job("Failed", "10%", "disk quota exceeded");

    assertThatThrownBy(() -> waiter(Duration.ofMinutes(5)).await("job-1", probe(failed), STARTED))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> {
              assertThat(e.job(Job.class)).isEqualTo(failed);
              assertThat(e.started()).containsSame(STARTED);
              assertThat(e.started().orElseThrow().requestId()).isEqualTo("req-9");
              assertThat(e.startedBody(String.class)).contains("backup-7");
            });
  }

  @Test
  void aTimeoutKeepsTheStartingResponseAndTheLastJob() {
    Job running = job("Running", "5%", "");

    assertThatThrownBy(() -> waiter(Duration.ofMinutes(1)).await("job-1", probe(running), STARTED))
        .isInstanceOfSatisfying(
            JobTimeoutException.class,
            e -> {
              assertThat(e.lastJob(Job.class)).contains(running);
              assertThat(e.startedBody(String.class)).contains("backup-7");
            });
  }

  @Test
  void aFailedJobCarriesItsReason() {
    assertThatThrownBy(
            () ->
                waiter(Duration.ofMinutes(5))
                    .await(
                        "job-1",
                        probe(
                            job("Running", "10%", ""),
                            job("Failed", "10%", "disk quota exceeded"))))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> {
              assertThat(e.jobId()).isEqualTo("job-1");
              assertThat(e.failReason()).contains("disk quota exceeded");
              assertThat(e.getMessage()).isEqualTo("job job-1 failed: disk quota exceeded");
            });
  }

  @Test
  void theEarlyJobDoesNotExistIsTolerated() {
    Job done = job("Completed", "100%", "");

    Job result =
        waiter(Duration.ofMinutes(5))
            .await("job-1", probe(notFound(), notFound(), job("Running", "50%", ""), done));

    assertThat(result).isEqualTo(done);
    assertThat(reported)
        .extracting(JobProgress::state)
        .containsExactly(JobState.PENDING, JobState.PENDING, JobState.RUNNING, JobState.COMPLETED);
  }

  @Test
  void aJobThatNeverAppearsIsAnErrorAfterTheGracePeriod() {
    assertThatThrownBy(() -> waiter(Duration.ofMinutes(30)).await("job-1", probe(notFound())))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).contains("DBS.200543"));
    assertThat(time.instant()).isAfter(java.time.Instant.parse("2026-11-26T10:02:00Z"));
  }

  @Test
  void otherErrorsEndTheWaitAtOnce() {
    ApiException other =
        ApiException.of(400, "{\"code\":\"DBS.200001\",\"message\":\"parameter error\"}");

    assertThatThrownBy(() -> waiter(Duration.ofMinutes(5)).await("job-1", probe(other)))
        .isSameAs(other);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void timesOutWithTheLastState() {
    assertThatThrownBy(
            () -> waiter(Duration.ofMinutes(1)).await("job-1", probe(job("Running", "5%", ""))))
        .isInstanceOfSatisfying(
            JobTimeoutException.class,
            e -> {
              assertThat(e.lastState()).isEqualTo(JobState.RUNNING);
              assertThat(e.getMessage())
                  .isEqualTo("job job-1 did not end within PT1M (last state " + "RUNNING)");
            });
    assertThat(time.instant()).isEqualTo(java.time.Instant.parse("2026-11-26T10:01:00Z"));
    assertThat(time.sleeps()).allMatch(d -> d.compareTo(Duration.ofSeconds(15)) <= 0);
  }
}
