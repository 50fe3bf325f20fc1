package io.recordgen.samples.backup.cli;

import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.samples.backup.api.CreateBackupParams;
import io.recordgen.samples.backup.model.Backup;
import io.recordgen.samples.backup.model.CreateBackupRequest;
import io.recordgen.samples.backup.model.CreateBackupResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup-cli create}: creates a manual backup. */
@Command(name = "create", mixinStandardHelpOptions = true,
    description = "Create a manual backup of an instance.")
final class CreateCommand implements Callable<Integer> {
  @ParentCommand BackupCli cli;

  @Option(names = "--instance-id", required = true, paramLabel = "ID",
      description = "Instance to back up: 32 letters or digits followed by in07.")
  String instanceId;

  @Option(names = "--name", required = true,
      description = "Backup name: 4 to 64 letters, digits, - or _, starting with a letter.")
  String name;

  @Option(names = "--description", description = "At most 256 characters, none of !<\"='>&.")
  @Nullable String description;

  @Override
  public Integer call() {
    // The generated record checks every constraint of the spec before anything is sent.
    CreateBackupRequest request = CreateBackupRequest.builder()
        .instanceId(instanceId)
        .name(name)
        .description(description)
        .build();
    BackupsApi api = cli.api();
    CreateBackupResponse response = api.createBackup(cli.projectId(), request,
        CreateBackupParams.builder().xLanguage(cli.language()).build());
    Console console = cli.console();
    if (console.json()) {
      console.printJson(response);
    } else {
      Backup backup = response.backup();
      List<String[]> fields = new ArrayList<>();
      fields.add(new String[] {"name", backup.name()});
      fields.add(new String[] {"status", String.valueOf(backup.status())});
      fields.add(new String[] {"instance", backup.instanceId()});
      if (backup.beginTime() != null) {
        fields.add(new String[] {"started", backup.beginTime().toString()});
      }
      fields.add(new String[] {"job", response.jobId()});
      console.printFields("Backup " + backup.id() + " created", fields);
    }
    return ExitCodes.OK;
  }
}
