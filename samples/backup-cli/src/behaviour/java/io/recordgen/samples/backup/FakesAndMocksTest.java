package io.recordgen.samples.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.jobs.JobFailedException;
import io.recordgen.runtime.jobs.JobWaiter;
import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.samples.backup.api.CreateBackupInput;
import io.recordgen.samples.backup.api.DeleteBackupInput;
import io.recordgen.samples.backup.api.JobsApi;
import io.recordgen.samples.backup.api.ListBackupsInput;
import io.recordgen.samples.backup.api.ShowJobInput;
import io.recordgen.samples.backup.model.Backup;
import io.recordgen.samples.backup.model.BackupStatus;
import io.recordgen.samples.backup.model.CreateBackupRequest;
import io.recordgen.samples.backup.model.CreateBackupResponse;
import io.recordgen.samples.backup.model.DeleteBackupResponse;
import io.recordgen.samples.backup.model.Job;
import io.recordgen.samples.backup.model.JobStatus;
import io.recordgen.samples.backup.model.ListBackupsResponse;
import io.recordgen.samples.backup.model.ShowJobResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.MockMakers;

/**
 * The generated interfaces stand in for the service in tests as the README says: a fake
 * implements one method per operation and every convenience works on it; a Mockito mock stubs the
 * same method, with the conveniences calling through; response records are built with builders.
 */
class FakesAndMocksTest {
  private static final CreateBackupRequest REQUEST =
      new CreateBackupRequest("07033b125fd94a8a96896f8bcfee6ddain07", "backup-1", null);

  private static Backup backup(String id, BackupStatus status) {
    return Backup.builder()
        .id(id)
        .name("backup-" + id)
        .status(status)
        .instanceId("07033b125fd94a8a96896f8bcfee6ddain07")
        .build();
  }

  private static <T> ApiResponse<T> ok(int status, T body) {
    return ApiResponse.of(status, Headers.of(Map.of("X-Request-Id", List.of("fake-1"))), body);
  }

  /** A fake of the backups: three methods, one per operation, over a list. */
  static final class FakeBackups implements BackupsApi {
    final List<Backup> stored = new ArrayList<>();
    final List<CallOptions> options = new ArrayList<>();

    @Override
    public ApiResponse<CreateBackupResponse> createBackupWithResponse(
        CreateBackupInput input, CallOptions callOptions) {
      options.add(callOptions);
      Backup created = backup("b" + stored.size(), BackupStatus.BUILDING);
      stored.add(created);
      return ok(201, new CreateBackupResponse(created, "job-" + created.id()));
    }

    @Override
    public ApiResponse<ListBackupsResponse> listBackupsWithResponse(
        ListBackupsInput input, CallOptions callOptions) {
      int offset = input.offset() == null ? 0 : input.offset();
      int limit = input.limit() == null ? 100 : input.limit();
      List<Backup> page = stored.subList(Math.min(offset, stored.size()), Math.min(offset + limit, stored.size()));
      return ok(200, new ListBackupsResponse(List.copyOf(page), stored.size()));
    }

    @Override
    public ApiResponse<DeleteBackupResponse> deleteBackupWithResponse(
        DeleteBackupInput input, CallOptions callOptions) {
      stored.removeIf(b -> b.id().equals(input.backupId()));
      return ok(200, DeleteBackupResponse.builder().backupId(input.backupId()).build());
    }
  }

  /** A fake of the jobs that answers each poll from a list of states. */
  static JobsApi jobs(JobStatus... states) {
    List<JobStatus> left = new ArrayList<>(List.of(states));
    return (input, options) -> {
      JobStatus status = left.size() > 1 ? left.remove(0) : left.get(0);
      return ok(200, new ShowJobResponse(Job.builder().id(input.id()).status(status).build()));
    };
  }

  private static JobWaiter noWait() {
    return JobWaiter.builder().time(Clock.systemUTC(), duration -> {}).build();
  }

  @Test
  void aFakeImplementsOneMethodPerOperationAndEveryConvenienceWorks() {
    FakeBackups backups = new FakeBackups();

    CreateBackupResponse created = backups.createBackup(REQUEST);
    backups.createBackup(CreateBackupInput.of(REQUEST));
    backups.createBackup(REQUEST);

    assertThat(created.jobId()).isEqualTo("job-b0");
    assertThat(backups.listBackups().backups()).hasSize(3);
    assertThat(backups.listBackupsAll(ListBackupsInput.builder().limit(2).build()).stream())
        .extracting(Backup::id)
        .containsExactly("b0", "b1", "b2");
    assertThat(
            backups
                .listBackupsPages(ListBackupsInput.builder().limit(2).build(), CallOptions.none())
                .stream())
        .extracting(ApiResponse::requestId)
        .containsExactly("fake-1", "fake-1");
    assertThat(backups.deleteBackup("b1").backupId()).isEqualTo("b1");
    assertThat(backups.options).containsOnly(CallOptions.none());
  }

  @Test
  void aWaitRunsOnFakesAndAFailureKeepsTheStartingResponse() {
    FakeBackups backups = new FakeBackups();

    var done =
        backups.createBackupAndWait(
            CreateBackupInput.of(REQUEST),
            jobs(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED),
            noWait());

    assertThat(done.body().backup().id()).isEqualTo("b0");
    assertThat(done.job().job().status()).isEqualTo(JobStatus.COMPLETED);
    assertThatThrownBy(
            () ->
                backups.createBackupAndWait(
                    CreateBackupInput.of(REQUEST), jobs(JobStatus.FAILED), noWait()))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> {
              assertThat(e.startedBody(CreateBackupResponse.class))
                  .hasValueSatisfying(r -> assertThat(r.backup().id()).isEqualTo("b1"));
              assertThat(e.started().orElseThrow().requestId()).isEqualTo("fake-1");
              assertThat(e.job(ShowJobResponse.class).job().status()).isEqualTo(JobStatus.FAILED);
            });
  }

  @Test
  void aMockStubsTheAbstractMethodAndTheConveniencesCallThrough() {
    BackupsApi backups =
        mock(
            BackupsApi.class,
            withSettings().mockMaker(MockMakers.SUBCLASS).defaultAnswer(Answers.CALLS_REAL_METHODS));
    when(backups.createBackupWithResponse(any(), any()))
        .thenReturn(ok(201, new CreateBackupResponse(backup("m1", BackupStatus.BUILDING), "job-m1")));

    assertThat(backups.createBackup(REQUEST).jobId()).isEqualTo("job-m1");
    verify(backups).createBackupWithResponse(CreateBackupInput.of(REQUEST), CallOptions.none());
  }

  @Test
  void aPlainMockStubsAConvenienceDirectly() {
    BackupsApi backups = mock(BackupsApi.class, withSettings().mockMaker(MockMakers.SUBCLASS));
    when(backups.createBackup(any(CreateBackupRequest.class)))
        .thenReturn(new CreateBackupResponse(backup("m2", BackupStatus.BUILDING), "job-m2"));

    assertThat(backups.createBackup(REQUEST).backup().id()).isEqualTo("m2");
  }

  @Test
  void aStatusSwitchesOnJava17AndAnUnknownOneIsUnrecognized() {
    assertThat(describe(BackupStatus.BUILDING)).isEqualTo("still running");
    assertThat(describe(BackupStatus.of("AVAILABLE"))).isEqualTo("done");
    assertThat(describe(BackupStatus.of("EXPLODING"))).isEqualTo("a status this client does not know: EXPLODING");
  }

  /** Exhaustive without a default: a constant the spec adds would not compile here unhandled. */
  private static String describe(BackupStatus status) {
    return switch (status.known()) {
      case BUILDING -> "still running";
      case COMPLETED, AVAILABLE -> "done";
      case FAILED -> "failed";
      case UNRECOGNIZED -> "a status this client does not know: " + status.value();
    };
  }

  @Test
  void aJobPollIsTheShowJobInputWithTheIdSet() {
    List<ShowJobInput> polled = new ArrayList<>();
    JobsApi jobs =
        (input, options) -> {
          polled.add(input);
          return ok(200, new ShowJobResponse(Job.builder().id(input.id()).status(JobStatus.COMPLETED).build()));
        };

    jobs.showJobUntilDone(ShowJobInput.builder().id("j-1").build(), noWait());

    assertThat(polled).containsExactly(ShowJobInput.of("j-1"));
  }
}
