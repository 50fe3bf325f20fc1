package io.recordgen.samples.backup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.contract.RecordedRequest;
import io.recordgen.huaweicloud.AkSkCredentials;
import io.recordgen.huaweicloud.AkSkSigner;
import io.recordgen.runtime.http.Headers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command end to end: the CLI process entry point against the embedded service, started
 * on a free port by the test so that it can see what reached the server. Job polling does not
 * sleep (the sleeper is a no-op); the service moves jobs along per poll.
 */
class BackupCliTest {
  private static final String INSTANCE = EmbeddedBackupService.SAMPLE_INSTANCE;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;
  private EmbeddedBackupService service;
  private final AtomicInteger ids = new AtomicInteger();

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  @BeforeEach
  void start() {
    service =
        EmbeddedBackupService.start(
            directory.resolve("state.json"),
            Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)),
            () -> String.format("%032x", ids.incrementAndGet()));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private Run cli(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--endpoint",
                service.uri().toString(),
                "--project-id",
                EmbeddedBackupService.PROJECT_ID));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        BackupCli.run(
            all.toArray(String[]::new),
            Map.of("HUAWEICLOUD_TOKEN", EmbeddedBackupService.TOKEN),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            duration -> {});
    return new Run(exit, out.toString(), err.toString());
  }

  private String created() throws Exception {
    Run create = cli("--json", "create", "--instance-id", INSTANCE, "--name", "backup-1");
    assertThat(create.exit()).as(create.err()).isZero();
    return create.json().at("/backup/id").asText();
  }

  @Test
  void createPrintsTheBackupAndItsJob() {
    Run run =
        cli(
            "create",
            "--instance-id",
            INSTANCE,
            "--name",
            "backup-1",
            "--description",
            "Manual backup");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Backup 00000000000000000000000000000004br07 is being " + "created (job ")
        .containsPattern("status +BUILDING")
        .contains("Manual backup");
    RecordedRequest sent = service.stub().requests("createBackup").get(0);
    assertThat(sent.header("X-Auth-Token")).contains(EmbeddedBackupService.TOKEN);
  }

  @Test
  void createWaitShowsProgressUntilTheBackupIsCompleted() {
    Run run = cli("create", "--instance-id", INSTANCE, "--name", "backup-1", "--wait");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("Creating backup backup-1")
        .contains(": not visible yet (poll 1")
        .contains(": Pending 0% (poll 2")
        .contains(": Running 30% (poll 3")
        .contains(": Running 70% (poll 4")
        .contains(": Completed 100% (poll 5");
    assertThat(run.out())
        .contains("created")
        .containsPattern("status +COMPLETED")
        .containsPattern("started +2026-11-26T10:00:00\\+08:00");
  }

  @Test
  void createWaitWithAFailingJobExitsWithTheApiCodeAndTheReason() {
    service.failJobs("storage full");

    Run run = cli("create", "--instance-id", INSTANCE, "--name", "backup-1", "--wait");

    assertThat(run.exit()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run.err()).contains(": Failed 70%").contains("failed: storage full");
    Run list = cli("list", "--type", "manual");
    assertThat(list.out()).contains("FAILED");
  }

  @Test
  void aCreatedBackupAppearsInTheListAndCanBeDeleted() throws Exception {
    String id = created();
    assertThat(cli("job", "wait", lastJob()).exit()).isZero();

    Run list = cli("list");
    assertThat(list.out()).contains(id).contains("backup-1").contains("backups 1-4 of 4");

    Run delete = cli("delete", id);
    assertThat(delete.exit()).as(delete.err()).isZero();
    assertThat(delete.out()).isEqualTo("Backup " + id + " (backup-1) deleted\n");
    assertThat(cli("list").out()).doesNotContain(id).contains("backups 1-3 of 3");
  }

  /** The id of the job created last, from the service's state file. */
  private String lastJob() {
    try {
      JsonNode state = JSON.readTree(directory.resolve("state.json").toFile());
      List<String> jobs = new ArrayList<>();
      state.get("jobs").fieldNames().forEachRemaining(jobs::add);
      return jobs.get(jobs.size() - 1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void listFiltersByTypeInstanceAndTime() throws Exception {
    created();

    assertThat(cli("--json", "list", "--type", "manual").json().at("/total_count").asInt())
        .isEqualTo(1);
    assertThat(cli("--json", "list", "--type", "auto").json().at("/total_count").asInt())
        .isEqualTo(3);
    assertThat(
            cli("--json", "list", "--instance-id", "0".repeat(32) + "in07")
                .json()
                .at("/total_count")
                .asInt())
        .isZero();
    Run since = cli("--json", "list", "--since", "2026-11-25T10:00:00+0800");
    assertThat(since.json().at("/total_count").asInt()).isEqualTo(2);
    assertThat(service.stub().requests("listBackups").get(3).query())
        .isEqualTo("begin_time=2026-11-25T10%3A00%3A00%2B0800");
  }

  @Test
  void listAllPagesThroughTwoHundredFiftyBackups() throws Exception {
    service.seed("61a4ea66210545909d74a05c27a7179ein07", 250);

    Run run =
        cli(
            "--json",
            "list",
            "--all",
            "--instance-id",
            "61a4ea66210545909d74a05c27a7179ein07",
            "--limit",
            "100");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode all = run.json();
    assertThat(all.size()).isEqualTo(250);
    List<String> names = new ArrayList<>();
    all.forEach(b -> names.add(b.path("name").asText()));
    assertThat(names).doesNotHaveDuplicates().first().isEqualTo("auto-0249");
    assertThat(service.stub().requests("listBackups"))
        .extracting(RecordedRequest::query)
        .containsExactly(
            "instance_id=61a4ea66210545909d74a05c27a7179ein07&offset=0&limit=100",
            "instance_id=61a4ea66210545909d74a05c27a7179ein07&offset=100&limit=100",
            "instance_id=61a4ea66210545909d74a05c27a7179ein07&offset=200&limit=100");
  }

  @Test
  void listPrintsATable() {
    Run run = cli("list", "--limit", "2");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(4)
        .first()
        .asString()
        .startsWith("ID")
        .contains("NAME")
        .contains("STATUS");
    assertThat(run.out()).endsWith("backups 1-2 of 3\n");
  }

  @Test
  void deletingAnUnknownBackupIsAnApiErrorWithCodeAndMessage() {
    Run run = cli("delete", "ffffffffffffffffffffffffffffffffbr07");

    assertThat(run.exit()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run.err())
        .startsWith(
            "API error 404 DBS.201010: The backup information does not " + "exist. [request id ");
  }

  @Test
  void aBackupThatIsStillBuildingCannotBeDeleted() throws Exception {
    String id = created();

    Run run = cli("delete", id);

    assertThat(run.exit()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run.err()).contains("400 DBS.201208");
  }

  @Test
  void policyShowAndSet() throws Exception {
    Run set =
        cli(
            "policy",
            "set",
            "--instance-id",
            INSTANCE,
            "--start-time",
            "23:00-00:00",
            "--keep-days",
            "732",
            "--period",
            "1,3,5");
    assertThat(set.exit()).as(set.err()).isZero();

    JsonNode shown = cli("--json", "policy", "show", "--instance-id", INSTANCE).json();
    assertThat(shown.at("/backup_policy/start_time").asText()).isEqualTo("23:00-00:00");
    assertThat(shown.at("/backup_policy/keep_days").asInt()).isEqualTo(732);
    assertThat(cli("policy", "show", "--instance-id", INSTANCE).out())
        .containsPattern("days +1,3,5");
  }

  @Test
  void restoreWaitsForItsJob() throws Exception {
    String backup = cli("--json", "list", "--limit", "1").json().at("/backups/0/id").asText();

    Run run =
        cli(
            "restore",
            "--source-instance-id",
            INSTANCE,
            "--target-instance-id",
            "61a4ea66210545909d74a05c27a7179ein07",
            "--backup-id",
            backup,
            "--wait");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Restore job ")
        .contains("GaussDBforMySQLRestore")
        .containsPattern("status +Completed");
  }

  @Test
  void jobShowAndWait() throws Exception {
    created();
    String job = lastJob();

    assertThat(cli("job", "show", job).exit()).isEqualTo(ExitCodes.API_ERROR);
    Run waited = cli("job", "wait", job);
    assertThat(waited.exit()).as(waited.err()).isZero();
    assertThat(waited.out()).contains("Job " + job + " completed").contains("100%");
  }

  @Test
  void invalidInputIsRefusedBeforeAnyRequestWithEveryViolation() {
    Run run = cli("create", "--instance-id", "short", "--name", "9lives", "--description", "a < b");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "invalid input (CreateBackupRequest):",
            "  instance_id: must have at least 36 characters (minLength), was \"short\"",
            "  instance_id: must match ^[A-Za-z0-9]{32}in07$ (pattern), was \"short\"",
            "  name: must match ^[A-Za-z][A-Za-z0-9_-]*$ (pattern), was \"9lives\"",
            "  description: must match ^[^!<\"='>&\\r]*$ (pattern), was \"a < b\"");
    assertThat(service.stub().requests()).isEmpty();
  }

  @Test
  void invalidPolicyAndFiltersNeverReachTheServer() {
    assertThat(
            cli(
                    "policy",
                    "set",
                    "--instance-id",
                    INSTANCE,
                    "--start-time",
                    "01:00-03:00",
                    "--keep-days",
                    "0")
                .exit())
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli("list", "--limit", "500").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli("list", "--type", "weekly").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli("--language", "fr", "list").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(service.stub().requests()).isEmpty();
  }

  @Test
  void missingOptionsAreUsageErrors() {
    Run run = cli("create", "--name", "backup-1");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("Missing required option: '--instance-id=ID'");
  }

  @Test
  void anUnreachableEndpointIsATransportError() throws Exception {
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    StringWriter err = new StringWriter();

    int exit =
        BackupCli.run(
            new String[] {
              "--endpoint",
              "http://127.0.0.1:" + port,
              "--project-id",
              EmbeddedBackupService.PROJECT_ID,
              "list"
            },
            Map.of("HUAWEICLOUD_TOKEN", "t"),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            duration -> {});

    assertThat(exit).isEqualTo(ExitCodes.TRANSPORT_ERROR);
    assertThat(err.toString())
        .startsWith(
            "transport error: listBackups (GET /v3/{project_id}/" + "backups): cannot connect");
  }

  @Test
  void theEmbeddedServiceCanBeToldToFailJobs() {
    Path state = directory.resolve("failing.json");
    StringWriter err = new StringWriter();

    int exit =
        BackupCli.run(
            new String[] {
              "--embedded-state",
              state.toString(),
              "--embedded-fail-jobs",
              "storage full",
              "create",
              "--instance-id",
              INSTANCE,
              "--name",
              "backup-1",
              "--wait"
            },
            Map.of(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            duration -> {});

    assertThat(exit).isEqualTo(ExitCodes.API_ERROR);
    assertThat(err.toString()).contains("failed: storage full");
  }

  @Test
  void theDefaultEndpointIsTheEmbeddedServiceAndKeepsItsState() {
    Path state = directory.resolve("embedded.json");
    StringWriter out = new StringWriter();
    String[] create = {
      "--embedded-state",
      state.toString(),
      "create",
      "--instance-id",
      INSTANCE,
      "--name",
      "embedded-1"
    };
    String[] list = {"--embedded-state", state.toString(), "list"};

    assertThat(
            BackupCli.run(
                create,
                Map.of(),
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter()),
                duration -> {}))
        .isZero();
    assertThat(
            BackupCli.run(
                list,
                Map.of(),
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter()),
                duration -> {}))
        .isZero();

    assertThat(out.toString()).contains("embedded-1  BUILDING").contains("backups 1-4 of 4");
  }

  @Test
  void akSkCredentialsFromTheEnvironmentSignEveryRequest() {
    String sk = "ExampleSecretKey0123456789abcdefghijklmn";
    StringWriter err = new StringWriter();

    int exit =
        BackupCli.run(
            new String[] {
              "--endpoint",
              service.uri().toString(),
              "--project-id",
              EmbeddedBackupService.PROJECT_ID,
              "list",
              "--type",
              "manual"
            },
            Map.of(
                "HUAWEICLOUD_SDK_AK",
                "HPUAEXAMPLEAK123",
                "HUAWEICLOUD_SDK_SK",
                sk,
                "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                "temporary-token-value"),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            duration -> {});

    assertThat(exit).as(err.toString()).isZero();
    RecordedRequest sent = service.stub().requests("listBackups").get(0);
    assertThat(sent.header("X-Auth-Token")).isEmpty();
    assertThat(sent.header("X-Security-Token")).contains("temporary-token-value");
    assertThat(sent.header("X-Project-Id")).contains(EmbeddedBackupService.PROJECT_ID);
    String authorization = sent.header("Authorization").orElseThrow();
    assertThat(authorization)
        .startsWith(
            "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK123, "
                + "SignedHeaders=host;x-project-id;x-sdk-date;x-security-token, Signature=");
    // The server's side of the check: the same canonical request signs to the same value.
    Headers received = Headers.empty();
    for (String name : List.of("X-Sdk-Date", "X-Project-Id", "X-Security-Token")) {
      received = received.with(name, sent.header(name).orElseThrow());
    }
    URI uri = URI.create(service.uri() + sent.path() + "?" + sent.query());
    AkSkSigner.Signature expected =
        AkSkSigner.signature(
            "GET",
            uri,
            received,
            sent.body(),
            AkSkCredentials.temporary("HPUAEXAMPLEAK123", sk, "temporary-token-value"));
    assertThat(authorization).endsWith("Signature=" + expected.value());
    assertThat(err.toString()).doesNotContain(sk);
  }

  @Test
  void aRealEndpointNeedsCredentials() {
    StringWriter err = new StringWriter();

    int exit =
        BackupCli.run(
            new String[] {
              "--endpoint",
              service.uri().toString(),
              "--project-id",
              EmbeddedBackupService.PROJECT_ID,
              "list"
            },
            Map.of(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            duration -> {});

    assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("HUAWEICLOUD_TOKEN");
  }
}
