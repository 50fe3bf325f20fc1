package io.recordgen.samples.backup.cli;

import io.recordgen.samples.backup.api.ShowJobInput;
import io.recordgen.samples.backup.model.ShowJobResponse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup-cli job show|wait}: asynchronous jobs. */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = "Show a job, or wait for it to end.",
    subcommands = {JobCommand.Show.class, JobCommand.Wait.class})
final class JobCommand implements Callable<Integer> {
  @ParentCommand BackupCli cli;

  @Override
  public Integer call() {
    new picocli.CommandLine(this).usage(cli.console().out());
    return ExitCodes.INVALID_INPUT;
  }

  /** {@code job show}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a job once.")
  static final class Show implements Callable<Integer> {
    @ParentCommand JobCommand job;

    @Parameters(paramLabel = "JOB_ID", description = "The job.")
    String jobId;

    @Override
    public Integer call() {
      BackupCli cli = job.cli;
      ShowJobResponse shown = cli.jobs().showJob(jobId);
      print(cli.console(), shown, "Job " + jobId);
      return ExitCodes.OK;
    }
  }

  /** {@code job wait}. */
  @Command(
      name = "wait",
      mixinStandardHelpOptions = true,
      description = "Show a job's progress until it completes or fails.")
  static final class Wait implements Callable<Integer> {
    @ParentCommand JobCommand job;

    @Parameters(paramLabel = "JOB_ID", description = "The job.")
    String jobId;

    @Override
    public Integer call() {
      BackupCli cli = job.cli;
      Console console = cli.console();
      ShowJobResponse done =
          cli.jobs().showJobUntilDone(ShowJobInput.of(jobId), cli.waiter(console));
      print(console, done, "Job " + jobId + " completed");
      return ExitCodes.OK;
    }
  }

  static void print(Console console, ShowJobResponse shown, String title) {
    if (console.json()) {
      console.printJson(shown);
    } else {
      console.printFields(title, Views.fields(shown.job()));
    }
  }
}
