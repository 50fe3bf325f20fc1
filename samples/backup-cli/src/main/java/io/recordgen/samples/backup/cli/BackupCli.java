package io.recordgen.samples.backup.cli;

import io.recordgen.huaweicloud.AkSkCredentials;
import io.recordgen.huaweicloud.AkSkSigner;
import io.recordgen.huaweicloud.HuaweiCloud;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.InvalidRequestException;
import io.recordgen.runtime.Sleeper;
import io.recordgen.runtime.TransportException;
import io.recordgen.runtime.Violation;
import io.recordgen.runtime.http.Interceptor;
import io.recordgen.runtime.jobs.JobFailedException;
import io.recordgen.runtime.jobs.JobTimeoutException;
import io.recordgen.runtime.jobs.JobWaiter;
import io.recordgen.samples.backup.api.BackupPoliciesApi;
import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.samples.backup.api.InstancesApi;
import io.recordgen.samples.backup.api.JobsApi;
import io.recordgen.samples.backup.model.Language;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code backup-cli}: manages TaurusDB backups through the generated {@link BackupsApi}.
 *
 * <p>Without {@code --endpoint} it talks to an embedded stub server that serves the spec, so
 * every command works offline. Configuration comes from options or the environment: {@code
 * TAURUSDB_ENDPOINT}, {@code HUAWEICLOUD_PROJECT_ID}, and {@code HUAWEICLOUD_TOKEN} or {@code
 * HUAWEICLOUD_SDK_AK} with {@code HUAWEICLOUD_SDK_SK} (and {@code
 * HUAWEICLOUD_SDK_SECURITY_TOKEN} for temporary credentials).
 */
@Command(
    name = "backup-cli",
    mixinStandardHelpOptions = true,
    version = "backup-cli 0.1.0 (Recordgen sample)",
    description =
        "Manage TaurusDB backups. Talks to an embedded stub server unless --endpoint "
            + "names a real one.",
    subcommands = {
      CreateCommand.class,
      ListCommand.class,
      DeleteCommand.class,
      PolicyCommand.class,
      RestoreCommand.class,
      JobCommand.class
    },
    exitCodeOnInvalidInput = ExitCodes.INVALID_INPUT,
    exitCodeOnExecutionException = ExitCodes.TRANSPORT_ERROR)
public final class BackupCli implements Callable<Integer> {
  /** The endpoint value that selects the embedded stub server. */
  static final String EMBEDDED = "embedded";

  @Option(
      names = "--endpoint",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      defaultValue = "${env:TAURUSDB_ENDPOINT:-embedded}",
      description =
          "Service endpoint, such as https://gaussdb.cn-north-4.myhuaweicloud.com; "
              + "\"embedded\" (the default) starts a local stub. Env: TAURUSDB_ENDPOINT.")
  String endpoint = EMBEDDED;

  @Option(
      names = "--project-id",
      scope = ScopeType.INHERIT,
      paramLabel = "ID",
      defaultValue = "${env:HUAWEICLOUD_PROJECT_ID}",
      description = "Project id (32 letters or digits). Env: HUAWEICLOUD_PROJECT_ID.")
  @Nullable String projectId;

  @Option(
      names = "--language",
      scope = ScopeType.INHERIT,
      paramLabel = "LANG",
      description = "Language of service messages: en-us or zh-cn.")
  @Nullable String language;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print JSON instead of tables.")
  boolean json;

  @Option(
      names = "--embedded-state",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      defaultValue = "${env:BACKUP_CLI_STATE}",
      description =
          "Where the embedded stub keeps its backups between runs "
              + "(default: backup-cli-embedded.json in the temporary directory). "
              + "Env: BACKUP_CLI_STATE.")
  @Nullable Path embeddedState;

  @Option(
      names = "--embedded-fail-jobs",
      scope = ScopeType.INHERIT,
      paramLabel = "REASON",
      description =
          "Make the embedded stub fail the jobs that end from now on, with this reason; "
              + "\"off\" clears it.")
  @Nullable String failJobs;

  private final Map<String, String> environment;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Sleeper sleeper;
  private @Nullable EmbeddedBackupService embedded;
  private @Nullable ApiClient client;

  BackupCli(Map<String, String> environment, PrintWriter out, PrintWriter err, Sleeper sleeper) {
    this.environment = environment;
    this.out = out;
    this.err = err;
    this.sleeper = sleeper;
  }

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, System.getenv(), out, err, Sleeper.SYSTEM));
  }

  /** Runs the CLI with the given environment, streams and sleeper; returns the exit code. */
  static int run(
      String[] args,
      Map<String, String> environment,
      PrintWriter out,
      PrintWriter err,
      Sleeper sleeper) {
    BackupCli cli = new BackupCli(environment, out, err, sleeper);
    CommandLine line =
        new CommandLine(cli).setOut(out).setErr(err).setExecutionExceptionHandler(cli::failed);
    line.setDefaultValueProvider(
        option -> {
          String value = option.defaultValue();
          if (value == null || !value.startsWith("${env:")) {
            return value;
          }
          String spec = value.substring(6, value.length() - 1);
          int fallback = spec.indexOf(":-");
          String name = fallback < 0 ? spec : spec.substring(0, fallback);
          String found = environment.get(name);
          return found != null ? found : fallback < 0 ? null : spec.substring(fallback + 2);
        });
    try {
      return line.execute(args);
    } finally {
      cli.closeEmbedded();
    }
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(out);
    return ExitCodes.INVALID_INPUT;
  }

  /** The client, configured from options and environment; one per run. */
  ApiClient client() {
    if (client == null) {
      client = newClient();
    }
    return client;
  }

  private ApiClient newClient() {
    ApiClient.Builder builder = ApiClient.builder();
    if (isEmbedded()) {
      builder.endpoint(embedded().uri());
      String token = environment.get("HUAWEICLOUD_TOKEN");
      builder.auth(StaticTokenAuth.of(token == null ? EmbeddedBackupService.TOKEN : token));
    } else {
      builder.endpoint(URI.create(endpoint));
      builder.auth(credentials());
    }
    if (language != null) {
      Language chosen = Language.of(language);
      if (!chosen.isKnown()) {
        throw new UsageException("--language must be one of " + Language.knownValues());
      }
      HuaweiCloud.language(builder, chosen.value());
    }
    return builder.build();
  }

  /** AK/SK when {@code HUAWEICLOUD_SDK_AK} and {@code _SK} are set, else an IAM token. */
  private Interceptor credentials() {
    String ak = environment.get("HUAWEICLOUD_SDK_AK");
    String sk = environment.get("HUAWEICLOUD_SDK_SK");
    if (ak != null && sk != null) {
      String securityToken = environment.get("HUAWEICLOUD_SDK_SECURITY_TOKEN");
      AkSkCredentials credentials =
          securityToken == null
              ? AkSkCredentials.of(ak, sk)
              : AkSkCredentials.temporary(ak, sk, securityToken);
      return AkSkSigner.of(credentials).withProjectId(projectId());
    }
    String token = environment.get("HUAWEICLOUD_TOKEN");
    if (token == null || token.isBlank()) {
      throw new UsageException(
          "set HUAWEICLOUD_TOKEN, or HUAWEICLOUD_SDK_AK and "
              + "HUAWEICLOUD_SDK_SK, to call "
              + endpoint);
    }
    return StaticTokenAuth.of(token);
  }

  /** How long to wait for jobs: the embedded stub's jobs end in seconds. */
  JobWaiter waiter(Console console) {
    JobWaiter.Builder builder =
        JobWaiter.builder()
            .time(java.time.Clock.systemUTC(), sleeper)
            .onProgress(progress -> console.progress(progress));
    if (isEmbedded()) {
      builder.intervals(Duration.ofMillis(300), Duration.ofSeconds(1));
    }
    return builder.build();
  }

  /** The backups of the project, through the one client of this run. */
  BackupsApi backups() {
    return BackupsApi.create(client(), projectId());
  }

  /** The project's jobs. */
  JobsApi jobs() {
    return JobsApi.create(client(), projectId());
  }

  /** The project's instances, for restores. */
  InstancesApi instances() {
    return InstancesApi.create(client(), projectId());
  }

  /** The project's backup policies. */
  BackupPoliciesApi policies() {
    return BackupPoliciesApi.create(client(), projectId());
  }

  /** The project id: the option, the environment, or the embedded service's. */
  String projectId() {
    if (projectId != null && !projectId.isBlank()) {
      return projectId;
    }
    if (isEmbedded()) {
      return EmbeddedBackupService.PROJECT_ID;
    }
    throw new UsageException(
        "--project-id (or HUAWEICLOUD_PROJECT_ID) is required with a real endpoint");
  }

  Console console() {
    return new Console(out, err, json);
  }

  private boolean isEmbedded() {
    return EMBEDDED.equals(endpoint);
  }

  /** The embedded service, started on first use. */
  EmbeddedBackupService embedded() {
    if (embedded == null) {
      Path state =
          embeddedState != null
              ? embeddedState
              : Path.of(System.getProperty("java.io.tmpdir"), "backup-cli-embedded.json");
      embedded = EmbeddedBackupService.start(state);
      if (failJobs != null) {
        embedded.failJobs(failJobs.equals("off") ? null : failJobs);
      }
    }
    return embedded;
  }

  private void closeEmbedded() {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  /** Configuration that does not allow a command to run. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Maps what a command throws to an exit code and a message on stderr. */
  private int failed(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
    if (e instanceof ConstraintViolationException violations) {
      err.println("invalid input (" + violations.target() + "):");
      for (Violation violation : violations.violations()) {
        err.println("  " + violation);
      }
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof InvalidRequestException || e instanceof UsageException) {
      err.println("invalid input: " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof ApiException api) {
      err.println(
          "API error "
              + api.status()
              + " "
              + api.errorCode().orElse("(no code)")
              + ": "
              + api.errorMessage().orElse(api.getMessage())
              + api.requestId().map(id -> " [request id " + id + "]").orElse(""));
      err.flush();
      return ExitCodes.API_ERROR;
    }
    if (e instanceof JobFailedException failure) {
      err.println(
          "job " + failure.jobId() + " failed: " + failure.failReason().orElse("no reason given"));
      err.flush();
      return ExitCodes.API_ERROR;
    }
    if (e instanceof TransportException
        || e instanceof DecodingException
        || e instanceof JobTimeoutException) {
      err.println("transport error: " + e.getMessage());
      err.flush();
      return ExitCodes.TRANSPORT_ERROR;
    }
    err.println("error: " + e);
    err.flush();
    return ExitCodes.TRANSPORT_ERROR;
  }
}
