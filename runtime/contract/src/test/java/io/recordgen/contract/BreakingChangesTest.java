package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakingChangesTest {
  private static final String BASELINE = SpecVariants.BACKUP.text();

  @Test
  void theSameSpecIsCompatible() {
    assertThat(BreakingChanges.compare(BASELINE, BASELINE).isBreaking()).isFalse();
  }

  @Test
  void aRemovedResponseFieldBreaksClients() {
    ContractSpec current =
        SpecVariants.edited(
            "        job_id:\n          type: string\n"
                + "          description: Id of the job that creates the backup; poll it to follow "
                + "progress.\n",
            "");

    BreakingChanges.Report report = BreakingChanges.compare(BASELINE, current.text());

    assertThat(report.isBreaking()).isTrue();
    assertThat(report.summary())
        .contains("incompatible: POST /v3/{project_id}/backups/create (responses)");
    assertThat(report.toString()).startsWith("the spec breaks clients of the baseline:");
  }

  @Test
  void aNewlyRequiredRequestFieldBreaksClients() {
    ContractSpec current =
        SpecVariants.edited(
            "required: [instance_id, name]", "required: [instance_id, name, description]");

    BreakingChanges.Report report = BreakingChanges.compare(BASELINE, current.text());

    assertThat(report.isBreaking()).isTrue();
    assertThat(report.summary())
        .contains("incompatible: POST /v3/{project_id}/backups/create (request body)");
  }

  @Test
  void aRemovedOperationBreaksClients() {
    ContractSpec current =
        SpecVariants.edited(
            "    delete:\n      operationId: deleteBackup",
            "    x-removed:\n      operationId: deleteBackup");

    assertThat(BreakingChanges.compare(BASELINE, current.text()).summary())
        .contains("removed: DELETE /v3/{project_id}/backups/{backup_id}");
  }

  @Test
  void aNewOptionalResponseFieldIsCompatible() {
    String jobId =
        "        job_id:\n          type: string\n"
            + "          description: Id of the job that creates the backup; poll it to follow "
            + "progress.\n";
    ContractSpec current =
        SpecVariants.edited(
            jobId,
            jobId
                + "        queue:\n          type: string\n          description: The job's queue.\n");

    BreakingChanges.Report report = BreakingChanges.compare(BASELINE, current.text());

    assertThat(report.isBreaking()).isFalse();
    assertThat(report.toString()).startsWith("the spec is compatible with the baseline");
  }
}
