package io.recordgen.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.contract.StubServer;
import io.recordgen.huaweicloud.AkSkCredentials;
import io.recordgen.huaweicloud.AkSkSigner;
import io.recordgen.huaweicloud.IamTokenProvider;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.UnauthorizedException;
import io.recordgen.runtime.auth.Secret;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command on the backup API: routes printed, AK/SK verified, every request logged. */
class StubCommandTest {
  private static final AkSkCredentials KEYS =
      AkSkCredentials.of("HPUAEXAMPLEAK123", "ExampleSecretKey0123456789abcdef");
  private static final OperationSpec LIST =
      OperationSpec.of("listBackups", "GET", "/v3/{p}/backups").withSecurity("token", "aksk");

  @TempDir Path folder;

  private Path spec() throws Exception {
    Path file = folder.resolve("backup-api.yaml");
    if (Files.exists(file)) {
      return file;
    }
    try (InputStream in =
        StubCommandTest.class.getClassLoader().getResourceAsStream("openapi/backup-api.yaml")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void servesTheSpecVerifiesAkSkAndLogsEveryRequest() throws Exception {
    StringWriter printed = new StringWriter();
    Path log = folder.resolve("requests.jsonl");
    try (StubServer server =
        StubCommand.start(
            new PrintWriter(printed, true),
            spec().toString(),
            "--port",
            "0",
            "--aksk",
            KEYS.accessKey() + ":" + KEYS.secretKey().reveal(),
            "--log-json",
            log.toString())) {
      assertThat(server).isNotNull();
      assertThat(printed.toString())
          .contains("verifying aksk as SDK-HMAC-SHA256 for 1 keys")
          .contains("serving backup-api.yaml at http://127.0.0.1:")
          .contains("  POST /v3/{project_id}/backups/create createBackup")
          .contains("  GET /v3/{project_id}/jobs showJob");

      call(server, AkSkSigner.of(KEYS));
      Assertions.assertThatThrownBy(
              () -> call(server, AkSkSigner.of(AkSkCredentials.of(KEYS.accessKey(), "wrong"))))
          .isInstanceOf(UnauthorizedException.class);
    }

    String[] lines = printed.toString().split("\n");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "GET /v3/619d3e78f61b4be68bc5aa0b59edcf7b/backups\\?limit=10 listBackups 200 \\(\\d+ ms\\)"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "GET /v3/619d3e78f61b4be68bc5aa0b59edcf7b/backups?limit=10 listBackups 401 ")
                    .contains("aksk: the signature does not match the request"));
    List<String> json = Files.readAllLines(log);
    assertThat(json).hasSize(2);
    JsonNode rejected = new ObjectMapper().readTree(json.get(1));
    assertThat(rejected.path("status").asInt()).isEqualTo(401);
    assertThat(rejected.path("operation").asText()).isEqualTo("listBackups");
    assertThat(rejected.path("reason").asText()).contains("token: no X-Auth-Token header");
  }

  @Test
  void aSpecThatCannotBeReadOrABadKeyPairIsReportedAndNothingServes() throws Exception {
    StringWriter printed = new StringWriter();
    assertThat(
            StubCommand.start(
                new PrintWriter(printed, true), folder.resolve("none.yaml").toString()))
        .isNull();
    assertThat(
            StubCommand.start(
                new PrintWriter(printed, true), spec().toString(), "--aksk", "nocolon"))
        .isNull();
    assertThat(printed.toString()).contains("cannot serve").contains("--aksk takes AK:SK");
  }

  @Test
  void authIsOptInAndAnErrorTemplateShapesTheStubsErrors() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    String path = "/v3/619d3e78f61b4be68bc5aa0b59edcf7b/backups?limit=10";
    try (StubServer open =
        StubCommand.start(
            new PrintWriter(new StringWriter(), true), spec().toString(), "--port", "0")) {
      assertThat(
              http.send(
                      java.net.http.HttpRequest.newBuilder(open.uri().resolve(path)).build(),
                      java.net.http.HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(200);
    }
    Path template = folder.resolve("error.json");
    Files.writeString(
        template, "{\"fault\": {\"status\": \"{{status}}\", \"why\": \"{{message}}\"}}");
    try (StubServer checking =
        StubCommand.start(
            new PrintWriter(new StringWriter(), true),
            spec().toString(),
            "--port",
            "0",
            "--auth",
            "--error-template",
            template.toString())) {
      java.net.http.HttpResponse<String> refused =
          http.send(
              java.net.http.HttpRequest.newBuilder(checking.uri().resolve(path)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(401);
      JsonNode fault = new ObjectMapper().readTree(refused.body()).path("fault");
      assertThat(fault.path("status").intValue()).isEqualTo(401);
      assertThat(fault.path("why").asText()).contains("token: no X-Auth-Token header");
    }
    StringWriter printed = new StringWriter();
    Files.writeString(template, "{\"fault\": ");
    assertThat(
            StubCommand.start(
                new PrintWriter(printed, true),
                spec().toString(),
                "--error-template",
                template.toString()))
        .isNull();
    assertThat(printed.toString())
        .contains("--error-template " + template + ": the error template is not JSON");
  }

  @Test
  void theIamEndpointIssuesTokensThatTheStubThenAcceptsAndNoOthers() throws Exception {
    StringWriter printed = new StringWriter();
    try (StubServer server =
        StubCommand.start(
            new PrintWriter(printed, true),
            spec().toString(),
            "--port",
            "0",
            "--iam-user",
            "backup-admin:correct horse")) {
      assertThat(server).isNotNull();
      assertThat(printed.toString())
          .contains("issuing IAM tokens at POST /v3/auth/tokens for 1 users, accepted by token");
      IamTokenProvider iam =
          IamTokenProvider.builder()
              .iamEndpoint(server.uri())
              .user("backup-admin", Secret.of("correct horse"), "example-domain")
              .projectId("619d3e78f61b4be68bc5aa0b59edcf7b")
              .build();
      call(server, "token", iam);

      Assertions.assertThatThrownBy(
              () -> call(server, "token", StaticTokenAuth.of(Secret.of("MIIforged"))))
          .isInstanceOf(UnauthorizedException.class);
      IamTokenProvider wrong =
          IamTokenProvider.builder()
              .iamEndpoint(server.uri())
              .user("backup-admin", Secret.of("wrong"), "example-domain")
              .projectId("619d3e78f61b4be68bc5aa0b59edcf7b")
              .build();
      Assertions.assertThatThrownBy(() -> call(server, "token", wrong))
          .isInstanceOf(UnauthorizedException.class);
    }
    assertThat(printed.toString())
        .contains("POST /v3/auth/tokens - 201")
        .contains("listBackups 200")
        .contains("token: the token in X-Auth-Token was not issued by this IAM");
  }

  private static void call(
      StubServer server, String scheme, io.recordgen.runtime.http.Interceptor credentials) {
    ApiClient client = ApiClient.builder().endpoint(server.uri()).auth(scheme, credentials).build();
    client.execute(
        ApiCall.builder(LIST, ResponseType.of(Map.class))
            .path("p", "619d3e78f61b4be68bc5aa0b59edcf7b")
            .query("limit", 10)
            .build());
  }

  private static void call(StubServer server, AkSkSigner signer) {
    ApiClient client = ApiClient.builder().endpoint(server.uri()).auth("aksk", signer).build();
    client.execute(
        ApiCall.builder(LIST, ResponseType.of(Map.class))
            .path("p", "619d3e78f61b4be68bc5aa0b59edcf7b")
            .query("limit", 10)
            .build());
  }
}
