package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordgen.contract.backup.api.BackupsApi;
import io.recordgen.contract.backup.model.CreateBackupRequest;
import io.recordgen.huaweicloud.AkSkCredentials;
import io.recordgen.huaweicloud.AkSkSigner;
import io.recordgen.huaweicloud.AkSkVerifier;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.UnauthorizedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The stub's engine: responses chosen by {@code Prefer}, errors in the shape the spec declares,
 * and credentials verified per security scheme, AK/SK signatures recomputed as the gateway does.
 */
class StubEngineTest {
  private static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";
  private static final String BACKUP =
      "/v3/" + PROJECT + "/backups/43e4feaab48f11e89039fa163ebaa7e4br07";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<String> delete(URI base, String path, String prefer)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(5))
            .header("X-Auth-Token", "t")
            .DELETE();
    if (prefer != null) {
      request.header("Prefer", prefer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void preferChoosesTheStatusTheNamedExampleOrASynthesizedValue() throws Exception {
    try (StubServer stub = StubServer.start(SpecVariants.BACKUP)) {
      HttpResponse<String> plain = delete(stub.uri(), BACKUP, null);
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(plain.body()).path("backup_name").asText()).isEqualTo("backup-1");

      HttpResponse<String> wrongStatus =
          delete(stub.uri(), BACKUP, "code=400, example=wrongStatus");
      assertThat(wrongStatus.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(wrongStatus.body()).path("error_code").asText())
          .isEqualTo("DBS.201208");

      HttpResponse<String> missing = delete(stub.uri(), BACKUP, "example=noSuchExample");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(missing.body()).path("error_msg").asText())
          .contains("no example named \"noSuchExample\"")
          .contains("deleted");

      HttpResponse<String> undocumented = delete(stub.uri(), BACKUP, "code=418");
      assertThat(undocumented.statusCode()).isEqualTo(404);
      assertThat(undocumented.body()).contains("documents no 418 response");

      HttpResponse<String> first = delete(stub.uri(), BACKUP, "dynamic=true");
      HttpResponse<String> second = delete(stub.uri(), BACKUP, "dynamic=true");
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.body()).isNotEqualTo(plain.body()).isNotEqualTo(second.body());
      for (HttpResponse<String> response : java.util.List.of(first, second)) {
        assertThat(
                SpecVariants.BACKUP
                    .validator()
                    .validateResponse(
                        "/v3/{project_id}/backups/{backup_id}"
                            .replace("{project_id}", PROJECT)
                            .replace("{backup_id}", "x"),
                        Request.Method.DELETE,
                        SimpleResponse.Builder.status(200)
                            .withContentType("application/json")
                            .withBody(response.body())
                            .build())
                    .hasErrors())
            .as(response.body())
            .isFalse();
      }
    }
  }

  @Test
  void anInvalidRequestGets400InTheErrorShapeTheSpecDeclares() throws Exception {
    ContractSpec spec =
        ContractSpec.fromText(
            "problems.yaml",
            String.join(
                "\n",
                "openapi: 3.0.3",
                "info: {title: T, version: '1'}",
                "paths:",
                "  /items:",
                "    get:",
                "      operationId: listItems",
                "      parameters:",
                "        - {name: limit, in: query, required: true, schema: {type: integer, maximum: 10}}",
                "      responses:",
                "        '200': {description: ok}",
                "        '400':",
                "          description: bad",
                "          content:",
                "            application/json:",
                "              schema:",
                "                type: object",
                "                required: [error]",
                "                properties:",
                "                  error:",
                "                    type: object",
                "                    required: [code, message]",
                "                    properties:",
                "                      code: {type: string}",
                "                      message: {type: string}",
                ""));
    try (StubServer stub = StubServer.builder(spec).errorCode("TOO_MANY").start()) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(stub.uri().resolve("/items?limit=50")).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode error = JSON.readTree(response.body()).path("error");
      assertThat(error.path("code").asText()).isEqualTo("TOO_MANY");
      assertThat(error.path("message").asText())
          .contains("query parameter limit: ")
          .contains("maximum: 10");
    }
  }

  @Test
  void anAkSkSignatureIsVerifiedAndAWrongOneGets401WithTheReason() {
    AkSkCredentials keys =
        AkSkCredentials.of("HPUAEXAMPLEAK123", "ExampleSecretKey0123456789abcdef");
    try (StubServer stub =
        StubServer.builder(SpecVariants.BACKUP)
            .errorCode("DBS.200001")
            .authErrorCode("APIGW.0301")
            .verify("aksk", AkSkVerifier.of(keys))
            .start()) {
      CreateBackupRequest request =
          CreateBackupRequest.builder()
              .instanceId("07033b125fd94a8a96896f8bcfee6ddain07")
              .name("backup-1")
              .build();
      BackupsApi signed =
          BackupsApi.create(
              ApiClient.builder().endpoint(stub.uri()).auth("aksk", AkSkSigner.of(keys)).build(),
              PROJECT);
      assertThat(signed.createBackup(request).backup().name()).isEqualTo("backup-1");

      BackupsApi wrong =
          BackupsApi.create(
              ApiClient.builder()
                  .endpoint(stub.uri())
                  .auth("aksk", AkSkSigner.of(AkSkCredentials.of("HPUAEXAMPLEAK123", "wrong")))
                  .build(),
              PROJECT);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> wrong.createBackup(request))
          .isInstanceOfSatisfying(
              UnauthorizedException.class,
              e -> {
                assertThat(e.errorCode()).contains("APIGW.0301");
                assertThat(e.getMessage()).contains("the signature does not match the request");
              });
    }
  }

  @Test
  void aSteeredExampleStillHonoursPreferForTheExampleOrADynamicValue() throws Exception {
    try (StubServer stub = StubServer.start(SpecVariants.BACKUP)) {
      stub.when("deleteBackup").reply(Reply.example(400));

      HttpResponse<String> named = delete(stub.uri(), BACKUP, "example=wrongStatus");
      assertThat(named.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(named.body()).path("error_code").asText()).isEqualTo("DBS.201208");

      HttpResponse<String> missing = delete(stub.uri(), BACKUP, "example=noSuchExample");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(missing.body()).path("error_msg").asText())
          .contains("the 400 response has no example named \"noSuchExample\"");

      HttpResponse<String> dynamic = delete(stub.uri(), BACKUP, "dynamic=true");
      assertThat(dynamic.statusCode()).isEqualTo(400);
      assertThat(dynamic.body()).isNotEqualTo(named.body());
      assertThat(JSON.readTree(dynamic.body()).has("error_code")).isTrue();
    }
  }

  @Test
  void credentialsAreCheckedOnlyWhenAskedFor() throws Exception {
    try (StubServer open = StubServer.start(SpecVariants.BACKUP);
        StubServer checking = StubServer.builder(SpecVariants.BACKUP).authenticate().start()) {
      assertThat(anonymousDelete(open.uri()).statusCode()).isEqualTo(200);

      HttpResponse<String> refused = anonymousDelete(checking.uri());
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(refused.body()).path("error_msg").asText())
          .contains("token: no X-Auth-Token header; or aksk: no Authorization header");
      assertThat(delete(checking.uri(), BACKUP, null).statusCode()).isEqualTo(200);
    }
  }

  private static HttpResponse<String> anonymousDelete(URI base)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(BACKUP)).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anErrorTemplateShapesEveryErrorTheStubSends() throws Exception {
    try (StubServer stub =
        StubServer.builder(SpecVariants.BACKUP)
            .authenticate()
            .errorTemplate(
                "{\"status\": \"{{status}}\", \"fault\": {\"id\": \"{{code}}\","
                    + " \"text\": [\"stub: {{message}}\"]}, \"kept\": true}")
            .start()) {
      JsonNode unauthorized = JSON.readTree(anonymousDelete(stub.uri()).body());
      assertThat(unauthorized.path("status").intValue()).isEqualTo(401);
      assertThat(unauthorized.at("/fault/id").asText()).isEqualTo("STUB.401");
      assertThat(unauthorized.at("/fault/text/0").asText()).startsWith("stub: authentication");
      assertThat(unauthorized.path("kept").booleanValue()).isTrue();

      HttpResponse<String> unknown = delete(stub.uri(), "/v3/nothing/here", null);
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(unknown.body()).at("/fault/text/0").asText())
          .isEqualTo("stub: no operation for DELETE /v3/nothing/here");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StubServer.builder(SpecVariants.BACKUP).errorTemplate("{\"status\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the error template is not JSON: ");
  }

  @Test
  void aSwagger2DocumentIsServedThroughTheConverter() throws Exception {
    ContractSpec spec =
        ContractSpec.fromText(
            "pets.yaml",
            String.join(
                "\n",
                "swagger: '2.0'",
                "info: {title: Pets, version: '1'}",
                "basePath: /v1",
                "paths:",
                "  /pets/{id}:",
                "    get:",
                "      operationId: getPet",
                "      produces: [application/json]",
                "      parameters:",
                "        - {name: id, in: path, required: true, type: integer, minimum: 1}",
                "      responses:",
                "        '200':",
                "          description: ok",
                "          schema:",
                "            type: object",
                "            required: [id, name]",
                "            properties:",
                "              id: {type: integer, format: int64}",
                "              name: {type: string, minLength: 3}",
                ""));
    try (StubServer stub = StubServer.start(spec)) {
      HttpResponse<String> ok =
          HTTP.send(
              HttpRequest.newBuilder(stub.uri().resolve("/v1/pets/5")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(ok.body()).path("name").asText()).hasSizeGreaterThanOrEqualTo(3);

      HttpResponse<String> invalid =
          HTTP.send(
              HttpRequest.newBuilder(stub.uri().resolve("/v1/pets/0")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(invalid.statusCode()).isEqualTo(400);
      assertThat(invalid.body()).contains("path parameter id");
    }
  }
}
