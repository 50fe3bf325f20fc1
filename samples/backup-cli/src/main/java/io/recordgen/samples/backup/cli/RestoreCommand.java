package io.recordgen.samples.backup.cli;

import io.recordgen.runtime.jobs.Awaited;
import io.recordgen.samples.backup.api.InstancesApi;
import io.recordgen.samples.backup.api.RestoreInstanceInput;
import io.recordgen.samples.backup.model.RestoreRequest;
import io.recordgen.samples.backup.model.RestoreResponse;
import io.recordgen.samples.backup.model.RestoreType;
import io.recordgen.samples.backup.model.ShowJobResponse;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup-cli restore}: restores a backup or a point in time onto an instance. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = "Restore a backup, or the data as of a time, onto an existing instance.")
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand BackupCli cli;

  @Option(
      names = "--source-instance-id",
      required = true,
      paramLabel = "ID",
      description = "The instance the data comes from.")
  String source;

  @Option(
      names = "--target-instance-id",
      required = true,
      paramLabel = "ID",
      description = "The instance to overwrite.")
  String target;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Point point;

  /** What to restore: a backup or a moment. */
  static final class Point {
    @Option(names = "--backup-id", paramLabel = "ID", description = "The backup to restore.")
    @Nullable String backupId;

    @Option(
        names = "--restore-time",
        paramLabel = "MILLIS",
        description = "The moment to restore to, in milliseconds since the epoch.")
    @Nullable Long restoreTime;
  }

  @Option(names = "--wait", description = "Show the job's progress until the restore is done.")
  boolean await;

  @Override
  public Integer call() {
    RestoreRequest request =
        new RestoreRequest(
            source,
            target,
            point.backupId != null ? RestoreType.BACKUP : RestoreType.TIMESTAMP,
            point.backupId,
            point.restoreTime);
    InstancesApi instances = cli.instances();
    Console console = cli.console();
    if (!await) {
      RestoreResponse started = instances.restoreInstance(request);
      if (console.json()) {
        console.printJson(started);
      } else {
        console.out().println("Restore started (job " + started.jobId() + ")");
        console.out().flush();
      }
      return ExitCodes.OK;
    }
    Awaited<RestoreResponse, ShowJobResponse> done =
        instances.restoreInstanceAndWait(
            RestoreInstanceInput.of(request), cli.jobs(), cli.waiter(console));
    if (console.json()) {
      console.printJson(done.job());
    } else {
      console.printFields(
          "Restore job " + done.body().jobId() + " completed", Views.fields(done.job().job()));
    }
    return ExitCodes.OK;
  }
}
