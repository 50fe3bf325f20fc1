package io.recordgen.samples.backup.cli;

import io.recordgen.runtime.jobs.Awaited;
import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.samples.backup.api.CreateBackupInput;
import io.recordgen.samples.backup.api.ListBackupsInput;
import io.recordgen.samples.backup.model.Backup;
import io.recordgen.samples.backup.model.CreateBackupRequest;
import io.recordgen.samples.backup.model.CreateBackupResponse;
import io.recordgen.samples.backup.model.ShowJobResponse;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup-cli create}: creates a manual backup, and waits for it with {@code --wait}. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Create a manual backup of an instance.")
final class CreateCommand implements Callable<Integer> {
  @ParentCommand BackupCli cli;

  @Option(
      names = "--instance-id",
      required = true,
      paramLabel = "ID",
      description = "Instance to back up: 32 letters or digits followed by in07.")
  String instanceId;

  @Option(
      names = "--name",
      required = true,
      description = "Backup name: 4 to 64 letters, digits, - or _, starting with a letter.")
  String name;

  @Option(names = "--description", description = "At most 256 characters, none of !<\"='>&.")
  @Nullable String description;

  @Option(names = "--wait", description = "Show the job's progress until the backup is done.")
  boolean await;

  @Override
  public Integer call() {
    // The generated record checks every constraint of the spec before anything is sent.
    CreateBackupRequest request =
        CreateBackupRequest.builder()
            .instanceId(instanceId)
            .name(name)
            .description(description)
            .build();
    BackupsApi backups = cli.backups();
    Console console = cli.console();
    if (!await) {
      CreateBackupResponse response = backups.createBackup(request);
      if (console.json()) {
        console.printJson(response);
      } else {
        console.printFields(
            "Backup " + response.backup().id() + " is being created (job " + response.jobId() + ")",
            Views.fields(response.backup()));
      }
      return ExitCodes.OK;
    }
    if (!console.json()) {
      console.err().println("Creating backup " + name + " of " + instanceId + "...");
    }
    Awaited<CreateBackupResponse, ShowJobResponse> done =
        backups.createBackupAndWait(CreateBackupInput.of(request), cli.jobs(), cli.waiter(console));
    String id = done.body().backup().id();
    Backup finished =
        backups
            .listBackups(
                ListBackupsInput.builder()
                    .backupId(id.endsWith("br07") && id.length() == 36 ? id : null)
                    .name(name)
                    .instanceId(instanceId)
                    .build())
            .backups()
            .stream()
            .filter(b -> b.id().equals(id))
            .findFirst()
            .orElse(done.body().backup());
    if (console.json()) {
      console.printJson(new Created(finished, done.job()));
    } else {
      console.printFields("Backup " + id + " created", Views.fields(finished));
    }
    return ExitCodes.OK;
  }

  /** What {@code create --wait --json} prints. */
  record Created(Backup backup, ShowJobResponse job) {}
}
