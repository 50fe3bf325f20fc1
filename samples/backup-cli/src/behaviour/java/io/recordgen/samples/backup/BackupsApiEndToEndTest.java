package io.recordgen.samples.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.contract.ContractSpec;
import io.recordgen.contract.RecordedRequest;
import io.recordgen.contract.Reply;
import io.recordgen.contract.StubResponse;
import io.recordgen.contract.StubServerExtension;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.ApiException;
import io.recordgen.runtime.BadGatewayException;
import io.recordgen.runtime.BadRequestException;
import io.recordgen.runtime.ConstraintViolationException;
import io.recordgen.runtime.InternalServerErrorException;
import io.recordgen.runtime.UnauthorizedException;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.samples.backup.api.BackupsApi;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.samples.backup.api.CreateBackupHeaders;
import io.recordgen.samples.backup.api.CreateBackupInput;
import io.recordgen.samples.backup.model.BackupStatus;
import io.recordgen.samples.backup.model.BackupType;
import io.recordgen.samples.backup.model.CreateBackupRequest;
import io.recordgen.samples.backup.model.CreateBackupResponse;
import io.recordgen.samples.backup.model.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated {@link BackupsApi} against a real HTTP server on 127.0.0.1: the spec-driven stub,
 * which validates every request against the spec before it answers.
 */
class BackupsApiEndToEndTest {
  private static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";
  private static final String TOKEN = "test-token-6f1a";
  private static final CreateBackupRequest REQUEST = new CreateBackupRequest(
      "07033b125fd94a8a96896f8bcfee6ddain07", "backup-1", "Manual backup");

  @RegisterExtension
  static final StubServerExtension SERVER = StubServerExtension.of(
      ContractSpec.fromResource("openapi/backup-api.yaml"),
      builder -> builder.errorCode("DBS.200001").authErrorCode("DBS.280056").authenticate());

  private static BackupsApi api(String token) {
    return BackupsApi.create(client(token), PROJECT);
  }

  private static ApiClient client(String token) {
    return ApiClient.builder()
        .endpoint(SERVER.uri())
        .auth(StaticTokenAuth.of(token))
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void createdBackupIsDecodedFromThe201() {
    CreateBackupResponse response = api(TOKEN).createBackup(REQUEST);

    assertThat(response.jobId()).isEqualTo("e0fbbfc8-1ac4-4721-b9e9-7dd685c5bdd7");
    assertThat(response.backup().id()).isEqualTo("2f4ddb93-b901-4b08-93d8-1d2e472f30fe");
    assertThat(response.backup().status()).isEqualTo(BackupStatus.BUILDING);
    assertThat(response.backup().type()).isEqualTo(BackupType.MANUAL);
    assertThat(response.backup().beginTime()).hasToString("2020-07-07T01:17:05+08:00");
  }

  @Test
  void theServerReceivesTokenLanguageAndTheJsonBody() throws Exception {
    api(TOKEN).createBackup(
        CreateBackupInput.builder().body(REQUEST).xLanguage(Language.ZH_CN).build());

    RecordedRequest received = SERVER.server().requests("createBackup").get(0);
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.path()).isEqualTo("/v3/" + PROJECT + "/backups/create");
    assertThat(received.header("X-Auth-Token")).contains(TOKEN);
    assertThat(received.header("X-Language")).contains("zh-cn");
    assertThat(received.header("Content-Type")).contains("application/json");
    JsonNode body = new ObjectMapper().readTree(received.body());
    assertThat(body).isEqualTo(new ObjectMapper().readTree(
        "{\"instance_id\":\"07033b125fd94a8a96896f8bcfee6ddain07\",\"name\":\"backup-1\","
            + "\"description\":\"Manual backup\"}"));
  }

  @Test
  void withoutOptionalParametersNoLanguageHeaderIsSent() {
    api(TOKEN).createBackup(new CreateBackupRequest(
        "07033b125fd94a8a96896f8bcfee6ddain07", "backup-2", null));

    RecordedRequest received = SERVER.server().requests("createBackup").get(0);
    assertThat(received.header("X-Language")).isEmpty();
    assertThat(received.bodyText()).doesNotContain("description");
  }

  @Test
  void a400ErrorBodyIsMappedWithCodeMessageAndRequestId() {
    SERVER.server().when("createBackup").reply(Reply.respond(StubResponse.json(400,
            "{\"error_code\":\"DBS.280277\",\"error_msg\":\"Invalid backup name.\"}")
        .withHeader("X-Request-Id", "req-400-abc")));

    assertThatThrownBy(() -> api(TOKEN).createBackup(REQUEST))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.errorCode()).contains("DBS.280277");
          assertThat(e.errorMessage()).contains("Invalid backup name.");
          assertThat(e.requestId()).contains("req-400-abc");
          assertThat(e.getMessage()).isEqualTo("createBackup (POST /v3/{project_id}/backups/create)"
              + " failed with status 400 DBS.280277: Invalid backup name. [request id req-400-abc]");
        });
  }

  @Test
  void a500ErrorBodyIsMappedFromTheSpecsExample() {
    SERVER.server().when("createBackup").reply(Reply.example(500));

    assertThatThrownBy(() -> api(TOKEN).createBackup(REQUEST))
        .isInstanceOfSatisfying(InternalServerErrorException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.errorCode()).contains("DBS.108000");
          assertThat(e.errorMessage()).contains("Server failure.");
          assertThat(e.requestId()).isPresent();
          assertThat(e.errorBody(io.recordgen.samples.backup.model.ErrorResponse.class))
              .hasValueSatisfying(body -> assertThat(body.errorCode()).isEqualTo("DBS.108000"));
        });
  }

  @Test
  void anHtml502FromAGatewayIsMappedWithItsRawBody() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    SERVER.server().when("createBackup").reply(Reply.respond(
        StubResponse.text(502, "text/html", html).withHeader("X-Request-Id", "gw-1")));

    assertThatThrownBy(() -> api(TOKEN).createBackup(REQUEST))
        .isInstanceOfSatisfying(BadGatewayException.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.errorCode()).isEmpty();
          assertThat(e.errorMessage()).isEmpty();
          assertThat(e.rawBody()).isEqualTo(html);
          assertThat(e.requestId()).contains("gw-1");
          assertThat(e.getMessage()).contains("status 502").contains("bytes of text/html");
        });
  }

  @Test
  void anEmptyErrorBodyIsStillTyped() {
    SERVER.server().when("createBackup").reply(Reply.respond(StubResponse.empty(503)));

    assertThatThrownBy(() -> api(TOKEN).createBackup(REQUEST))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.rawBody()).isEmpty();
          assertThat(e.getMessage()).endsWith("empty body [request id stub-1]");
        });
  }

  @Test
  void theServerRefusesAMissingTokenInTheApisErrorShape() {
    BackupsApi anonymous =
        BackupsApi.create(ApiClient.builder().endpoint(SERVER.uri()).build(), PROJECT);

    assertThatThrownBy(() -> anonymous.createBackup(REQUEST))
        .isInstanceOfSatisfying(UnauthorizedException.class,
            e -> assertThat(e.errorCode()).contains("DBS.280056"));
  }

  @Test
  void anInvalidProjectIdIsRefusedWhenTheClientIsCreated() {
    assertThatThrownBy(() -> BackupsApi.create(client(TOKEN), "../../admin"))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.field()).isEqualTo("project_id");
              assertThat(v.rule()).isEqualTo("pattern");
            }));
  }

  @Test
  void aCallMayOverrideTheBoundProjectButNotWithAnInvalidOne() {
    String other = "0123456789abcdef0123456789abcdef";
    api(TOKEN).createBackup(CreateBackupInput.builder().projectId(other).body(REQUEST).build());

    assertThat(SERVER.server().requests("createBackup").get(0).path())
        .isEqualTo("/v3/" + other + "/backups/create");
    assertThatThrownBy(() -> CreateBackupInput.builder().projectId("../../admin").body(REQUEST)
            .build())
        .isInstanceOf(ConstraintViolationException.class);
    assertThat(SERVER.server().requests()).hasSize(1);
  }

  @Test
  void theResponseKeepsStatusRequestIdAndTheDeclaredHeaders() {
    ApiResponse<CreateBackupResponse> response =
        api(TOKEN).createBackupWithResponse(CreateBackupInput.of(REQUEST),
            io.recordgen.runtime.CallOptions.none());

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.requestId()).isNotBlank();
    assertThat(response.header(CreateBackupHeaders.X_REQUEST_ID)).isEqualTo(response.requestId());
    assertThat(response.body().jobId()).isEqualTo("e0fbbfc8-1ac4-4721-b9e9-7dd685c5bdd7");
  }
}
