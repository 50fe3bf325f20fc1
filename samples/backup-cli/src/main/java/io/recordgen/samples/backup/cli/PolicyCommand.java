package io.recordgen.samples.backup.cli;

import io.recordgen.samples.backup.model.BackupPolicy;
import io.recordgen.samples.backup.model.ShowBackupPolicyResponse;
import io.recordgen.samples.backup.model.UpdateBackupPolicyRequest;
import io.recordgen.samples.backup.model.UpdateBackupPolicyResponse;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup-cli policy show|set}: the automated backup policy of an instance. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Show or set the automated backup policy of an instance.",
    subcommands = {PolicyCommand.Show.class, PolicyCommand.Set.class})
final class PolicyCommand implements Callable<Integer> {
  @ParentCommand BackupCli cli;

  @Override
  public Integer call() {
    new picocli.CommandLine(this).usage(cli.console().out());
    return ExitCodes.INVALID_INPUT;
  }

  /** {@code policy show}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the policy.")
  static final class Show implements Callable<Integer> {
    @ParentCommand PolicyCommand policy;

    @Option(
        names = "--instance-id",
        required = true,
        paramLabel = "ID",
        description = "The instance.")
    String instanceId;

    @Override
    public Integer call() {
      BackupCli cli = policy.cli;
      ShowBackupPolicyResponse shown = cli.policies().showBackupPolicy(instanceId);
      Console console = cli.console();
      if (console.json()) {
        console.printJson(shown);
      } else {
        console.printFields("Backup policy of " + instanceId, Views.fields(shown.backupPolicy()));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code policy set}. */
  @Command(name = "set", mixinStandardHelpOptions = true, description = "Set the policy.")
  static final class Set implements Callable<Integer> {
    @ParentCommand PolicyCommand policy;

    @Option(
        names = "--instance-id",
        required = true,
        paramLabel = "ID",
        description = "The instance.")
    String instanceId;

    @Option(
        names = "--start-time",
        required = true,
        paramLabel = "hh:00-HH:00",
        description = "UTC hour in which backups start, such as 19:00-20:00.")
    String startTime;

    @Option(
        names = "--keep-days",
        required = true,
        paramLabel = "DAYS",
        description = "Days backups are kept, 1 to 732.")
    Integer keepDays;

    @Option(
        names = "--period",
        defaultValue = "1,2,3,4,5,6,7",
        paramLabel = "DAYS",
        description = "Days of the week, 1 (Monday) to 7, comma-separated (default: every day).")
    String period;

    @Option(
        names = "--level1-backups",
        paramLabel = "COUNT",
        description = "How many level-1 backups to keep.")
    @Nullable Integer level1;

    @Override
    public Integer call() {
      BackupCli cli = policy.cli;
      UpdateBackupPolicyRequest request =
          new UpdateBackupPolicyRequest(new BackupPolicy(keepDays, startTime, period, level1));
      UpdateBackupPolicyResponse updated = cli.policies().updateBackupPolicy(instanceId, request);
      Console console = cli.console();
      if (console.json()) {
        console.printJson(updated);
      } else {
        console.printFields(
            "Backup policy of " + instanceId + " set", Views.fields(request.backupPolicy()));
      }
      return ExitCodes.OK;
    }
  }
}
