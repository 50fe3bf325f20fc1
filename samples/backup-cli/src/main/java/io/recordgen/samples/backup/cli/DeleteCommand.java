package io.recordgen.samples.backup.cli;

import io.recordgen.samples.backup.model.DeleteBackupResponse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup-cli delete}: deletes a manual backup. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a manual backup.")
final class DeleteCommand implements Callable<Integer> {
  @ParentCommand BackupCli cli;

  @Parameters(paramLabel = "BACKUP_ID", description = "The backup to delete.")
  String backupId;

  @Override
  public Integer call() {
    DeleteBackupResponse deleted = cli.backups().deleteBackup(backupId);
    Console console = cli.console();
    if (console.json()) {
      console.printJson(deleted);
    } else {
      console
          .out()
          .println(
              "Backup "
                  + deleted.backupId()
                  + (deleted.backupName() == null ? "" : " (" + deleted.backupName() + ")")
                  + " deleted");
      console.out().flush();
    }
    return ExitCodes.OK;
  }
}
