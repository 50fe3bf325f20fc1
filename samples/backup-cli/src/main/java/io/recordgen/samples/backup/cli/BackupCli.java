package io.recordgen.samples.backup.cli;

import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.InvalidRequestException;
import io.recordgen.runtime.TransportException;
import io.recordgen.runtime.Violation;
import io.recordgen.runtime.auth.StaticTokenAuth;
import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.samples.backup.model.Language;
import java.io.PrintWriter;
import java.net.URI;
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
 * TAURUSDB_ENDPOINT}, {@code HUAWEICLOUD_PROJECT_ID}, {@code HUAWEICLOUD_TOKEN}.
 */
@Command(
    name = "backup-cli",
    mixinStandardHelpOptions = true,
    version = "backup-cli 0.1.0 (Recordgen sample)",
    description = "Manage TaurusDB backups. Talks to an embedded stub server unless --endpoint "
        + "names a real one.",
    subcommands = {CreateCommand.class},
    exitCodeOnInvalidInput = ExitCodes.INVALID_INPUT,
    exitCodeOnExecutionException = ExitCodes.TRANSPORT_ERROR)
public final class BackupCli implements Callable<Integer> {
  /** The endpoint value that selects the embedded stub server. */
  static final String EMBEDDED = "embedded";

  @Option(names = "--endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
      defaultValue = "${env:TAURUSDB_ENDPOINT:-embedded}",
      description = "Service endpoint, such as https://gaussdb.cn-north-4.myhuaweicloud.com; "
          + "\"embedded\" (the default) starts a local stub. Env: TAURUSDB_ENDPOINT.")
  String endpoint = EMBEDDED;

  @Option(names = "--project-id", scope = ScopeType.INHERIT, paramLabel = "ID",
      defaultValue = "${env:HUAWEICLOUD_PROJECT_ID}",
      description = "Project id (32 letters or digits). Env: HUAWEICLOUD_PROJECT_ID.")
  @Nullable String projectId;

  @Option(names = "--language", scope = ScopeType.INHERIT, paramLabel = "LANG",
      description = "Language of service messages: en-us or zh-cn.")
  @Nullable String language;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print JSON instead of tables.")
  boolean json;

  private final Map<String, String> environment;
  private final PrintWriter out;
  private final PrintWriter err;
  private @Nullable EmbeddedBackupService embedded;

  BackupCli(Map<String, String> environment, PrintWriter out, PrintWriter err) {
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, System.getenv(), out, err));
  }

  /** Runs the CLI with the given environment and streams; returns the exit code. */
  static int run(String[] args, Map<String, String> environment, PrintWriter out,
      PrintWriter err) {
    BackupCli cli = new BackupCli(environment, out, err);
    CommandLine line = new CommandLine(cli)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(cli::failed);
    line.setDefaultValueProvider(option -> {
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

  /** The generated client, configured from options and environment. */
  BackupsApi api() {
    return BackupsApi.create(client());
  }

  /** The project id: the option, the environment, or the embedded service's. */
  String projectId() {
    if (projectId != null && !projectId.isBlank()) {
      return projectId;
    }
    if (isEmbedded()) {
      return EmbeddedBackupService.PROJECT_ID;
    }
    throw new CommandLine.ParameterException(new CommandLine(this),
        "--project-id (or HUAWEICLOUD_PROJECT_ID) is required with a real endpoint");
  }

  @Nullable Language language() {
    return language == null ? null : Language.of(language);
  }

  Console console() {
    return new Console(out, err, json);
  }

  private boolean isEmbedded() {
    return EMBEDDED.equals(endpoint);
  }

  private ApiClient client() {
    ApiClient.Builder builder = ApiClient.builder();
    String token = environment.get("HUAWEICLOUD_TOKEN");
    if (isEmbedded()) {
      if (embedded == null) {
        embedded = EmbeddedBackupService.start();
      }
      builder.endpoint(embedded.uri());
      builder.auth(StaticTokenAuth.of(token == null ? EmbeddedBackupService.TOKEN : token));
    } else {
      builder.endpoint(URI.create(endpoint));
      if (token == null || token.isBlank()) {
        throw new CommandLine.ParameterException(new CommandLine(this),
            "HUAWEICLOUD_TOKEN must hold an IAM token for " + endpoint);
      }
      builder.auth(StaticTokenAuth.of(token));
    }
    if (language != null) {
      builder.language(language);
    }
    return builder.build();
  }

  private void closeEmbedded() {
    if (embedded != null) {
      embedded.close();
      embedded = null;
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
    if (e instanceof InvalidRequestException invalid) {
      err.println("invalid input: " + invalid.getMessage());
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof ApiException api) {
      err.println("API error " + api.status() + " " + api.errorCode().orElse("(no code)") + ": "
          + api.errorMessage().orElse(api.getMessage())
          + api.requestId().map(id -> " [request id " + id + "]").orElse(""));
      err.flush();
      return ExitCodes.API_ERROR;
    }
    if (e instanceof TransportException || e instanceof DecodingException) {
      err.println("transport error: " + e.getMessage());
      err.flush();
      return ExitCodes.TRANSPORT_ERROR;
    }
    if (e instanceof CommandLine.ParameterException parameter) {
      err.println(parameter.getMessage());
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    err.println("error: " + e);
    err.flush();
    return ExitCodes.TRANSPORT_ERROR;
  }
}
