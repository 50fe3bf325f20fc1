package io.recordgen.samples.backup.cli;

import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.samples.backup.api.ListBackupsInput;
import io.recordgen.samples.backup.model.Backup;
import io.recordgen.samples.backup.model.BackupType;
import io.recordgen.samples.backup.model.ListBackupsResponse;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup-cli list}: one page of backups, or every page with {@code --all}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List backups, newest first.")
final class ListCommand implements Callable<Integer> {
  @ParentCommand BackupCli cli;

  @Option(names = "--instance-id", paramLabel = "ID", description = "Only this instance.")
  @Nullable String instanceId;

  @Option(names = "--backup-id", paramLabel = "ID", description = "Only this backup.")
  @Nullable String backupId;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only auto or manual backups.")
  @Nullable String type;

  @Option(names = "--name", description = "Only backups with this name.")
  @Nullable String name;

  @Option(
      names = "--instance-name",
      paramLabel = "NAME",
      description = "Only backups of instances with this name.")
  @Nullable String instanceName;

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description =
          "Only backups started at or after this time, such as " + "2020-07-07T01:17:05+0800.")
  @Nullable String since;

  @Option(
      names = "--until",
      paramLabel = "TIME",
      description = "Only backups started before this time.")
  @Nullable String until;

  @Option(names = "--offset", description = "Backups to skip (default 0).")
  @Nullable Integer offset;

  @Option(names = "--limit", description = "Backups per page, 1 to 100 (default 100).")
  @Nullable Integer limit;

  @Option(names = "--all", description = "Page through every matching backup.")
  boolean all;

  @Override
  public Integer call() {
    ListBackupsInput input =
        ListBackupsInput.builder()
            .instanceId(instanceId)
            .backupId(backupId)
            .backupType(type == null ? null : BackupType.of(type))
            .name(name)
            .instanceName(instanceName)
            .beginTime(since)
            .endTime(until)
            .offset(offset)
            .limit(limit)
            .build();
    BackupsApi backups = cli.backups();
    Console console = cli.console();
    if (all) {
      List<Backup> every = backups.listBackupsAll(input).stream().toList();
      if (console.json()) {
        console.printJson(every);
      } else {
        console.printTable(Views.BACKUP_COLUMNS, every.stream().map(Views::row).toList());
        console.out().println(every.size() + " backups");
        console.out().flush();
      }
      return ExitCodes.OK;
    }
    ListBackupsResponse page = backups.listBackups(input);
    if (console.json()) {
      console.printJson(page);
    } else {
      console.printTable(Views.BACKUP_COLUMNS, page.backups().stream().map(Views::row).toList());
      int from = offset == null ? 0 : offset;
      console
          .out()
          .println(
              page.backups().isEmpty()
                  ? "no backups of " + page.totalCount()
                  : "backups "
                      + (from + 1)
                      + "-"
                      + (from + page.backups().size())
                      + " of "
                      + page.totalCount());
      console.out().flush();
    }
    return ExitCodes.OK;
  }
}
