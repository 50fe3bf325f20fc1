package io.recordgen.samples.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.contract.ContractSpec;
import io.recordgen.contract.ContractValidation;
import io.recordgen.contract.ExampleRoundTrip;
import io.recordgen.contract.StubServerExtension;
import io.recordgen.runtime.ApiClient;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.jobs.JobWaiter;
import io.recordgen.samples.backup.api.BackupPoliciesApi;
import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.samples.backup.api.InstancesApi;
import io.recordgen.samples.backup.api.JobsApi;
import io.recordgen.samples.backup.api.CreateBackupInput;
import io.recordgen.samples.backup.api.ListBackupsInput;
import io.recordgen.samples.backup.model.BackupPolicy;
import io.recordgen.samples.backup.model.CreateBackupRequest;
import io.recordgen.samples.backup.model.RestoreRequest;
import io.recordgen.samples.backup.model.RestoreType;
import io.recordgen.samples.backup.model.UpdateBackupPolicyRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample's own contract checks: the spec's examples round-trip through the records this
 * build generated, and every operation of the generated client, run against the spec-driven stub
 * server, sends requests and accepts responses that the spec allows. (The breaking-change gate
 * runs as the build's {@code recordgen:check} goal.)
 */
class ContractChecksTest {
  private static final ContractSpec SPEC = ContractSpec.fromResource("openapi/backup-api.yaml");
  private static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";
  private static final String INSTANCE = "07033b125fd94a8a96896f8bcfee6ddain07";

  @RegisterExtension
  static final StubServerExtension STUB = StubServerExtension.of(SPEC,
      builder -> builder.errorCode("DBS.200001"));

  @Test
  void everyExampleRoundTripsThroughTheGeneratedRecords() {
    ExampleRoundTrip.Report report = ExampleRoundTrip.of(SPEC, "io.recordgen.samples.backup")
        .run();

    report.assertClean();
    assertThat(report.typed()).isEqualTo(report.checked()).isGreaterThan(20);
  }

  @Test
  void everyOperationExchangesWhatTheSpecAllows() {
    ContractValidation validation = ContractValidation.of(SPEC).recording();
    ApiClient client = ApiClient.builder().endpoint(STUB.uri()).auth(StaticTokenAuth.of("t"))
        .addAttemptInterceptor(validation).build();
    BackupsApi backups = BackupsApi.create(client, PROJECT);

    backups.createBackup(new CreateBackupRequest(INSTANCE, "backup-1", "nightly"));
    backups.listBackups(ListBackupsInput.builder().instanceId(INSTANCE)
        .beginTime("2020-07-07T01:17:05+0800").limit(10).build());
    backups.deleteBackup("43e4feaab48f11e89039fa163ebaa7e4br07");
    BackupPoliciesApi policies = BackupPoliciesApi.create(client, PROJECT);
    policies.showBackupPolicy(INSTANCE);
    policies.updateBackupPolicy(INSTANCE, new UpdateBackupPolicyRequest(
        new BackupPolicy(7, "19:00-20:00", "1,2,3", null)));
    InstancesApi.create(client, PROJECT).restoreInstance(new RestoreRequest(INSTANCE,
        "61a4ea66210545909d74a05c27a7179ein07", RestoreType.BACKUP,
        "43e4feaab48f11e89039fa163ebaa7e4br07", null));
    JobsApi.create(client, PROJECT).showJob("e0fbbfc8-1ac4-4721-b9e9-7dd685c5bdd7");

    assertThat(validation.violations()).isEmpty();
    assertThat(STUB.server().requests()).hasSize(7);
  }

  @Test
  void theJobWaiterRunsOnTheGeneratedClient() {
    STUB.server().when("showJob").reply(
        io.recordgen.contract.Reply.example(400),
        io.recordgen.contract.Reply.json(200, "{\"job\": {\"id\": \"j\", \"status\": \"Running\","
            + " \"process\": \"60%\"}}"),
        io.recordgen.contract.Reply.json(200, "{\"job\": {\"id\": \"j\", \"status\": "
            + "\"Completed\", \"process\": \"100%\"}}"));
    ApiClient client = ApiClient.builder().endpoint(STUB.uri()).auth(StaticTokenAuth.of("t"))
        .build();
    JobWaiter waiter = JobWaiter.builder().time(java.time.Clock.systemUTC(), d -> {}).build();

    var done = BackupsApi.create(client, PROJECT).createBackupAndWait(
        CreateBackupInput.of(new CreateBackupRequest(INSTANCE, "backup-1", null)),
        JobsApi.create(client, PROJECT), waiter);

    assertThat(done.job().job().status().value()).isEqualTo("Completed");
    assertThat(STUB.server().requests("showJob")).hasSize(3);
  }
}
