package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordgen.contract.backup.api.BackupsApi;
import io.recordgen.contract.backup.model.CreateBackupRequest;
import io.recordgen.huaweicloud.StaticTokenAuth;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContractValidationTest {
  private static final String PROJECT = "619d3e78f61b4be68bc5aa0b59edcf7b";
  private static final CreateBackupRequest REQUEST =
      new CreateBackupRequest("07033b125fd94a8a96896f8bcfee6ddain07", "backup-1", null);

  @RegisterExtension
  static final StubServerExtension STUB =
      StubServerExtension.of(SpecVariants.BACKUP, builder -> builder.validateRequests(false));

  private static ApiClient client(ContractValidation validation) {
    return ApiClient.builder()
        .endpoint(STUB.uri())
        .auth(StaticTokenAuth.of("t"))
        .addAttemptInterceptor(validation)
        .build();
  }

  @Test
  void aValidExchangePasses() {
    ContractValidation validation = ContractValidation.of(SpecVariants.BACKUP).recording();

    BackupsApi.create(client(validation), PROJECT).createBackup(REQUEST);

    assertThat(validation.violations()).isEmpty();
  }

  @Test
  void aRequestMissingARequiredFieldFailsBeforeItIsSent() {
    OperationSpec create =
        OperationSpec.of("createBackup", "POST", "/v3/{project_id}/backups/create")
            .withSecurity("token");
    ApiCall<Map<String, Object>> call =
        ApiCall.builder(create, new ResponseType<Map<String, Object>>() {})
            .path("project_id", PROJECT)
            .body(Map.of("instance_id", "07033b125fd94a8a96896f8bcfee6ddain07"))
            .build();

    assertThatThrownBy(() -> client(ContractValidation.of(SpecVariants.BACKUP)).execute(call))
        .isInstanceOfSatisfying(
            ContractViolationException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "request POST /v3/"
                          + PROJECT
                          + "/backups/create breaks openapi/backup-api.yaml: ")
                  .contains("validation.request.body.schema.required")
                  .contains("missing required properties ([\"name\"])");
              assertThat(e.report().hasErrors()).isTrue();
            });
    assertThat(STUB.server().requests()).isEmpty();
  }

  @Test
  void aResponseWithAFieldOfTheWrongTypeFails() {
    STUB.server()
        .when("createBackup")
        .reply(
            Reply.json(
                201,
                "{\"backup\": {\"id\": \"b\", "
                    + "\"name\": \"backup-1\", \"status\": \"BUILDING\", \"instance_id\": \"i\", "
                    + "\"take_up_time\": \"soon\"}, \"job_id\": \"j\"}"));

    assertThatThrownBy(
            () ->
                BackupsApi.create(client(ContractValidation.of(SpecVariants.BACKUP)), PROJECT)
                    .createBackup(REQUEST))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageStartingWith("response 201 to POST /v3/" + PROJECT + "/backups/create breaks")
        .hasMessageContaining("validation.response.body.schema.type")
        .hasMessageContaining("take_up_time");
  }

  @Test
  void anUndocumentedStatusFails() {
    STUB.server().when("createBackup").reply(Reply.json(418, "{}"));
    ContractValidation validation = ContractValidation.of(SpecVariants.BACKUP).recording();

    assertThatThrownBy(() -> BackupsApi.create(client(validation), PROJECT).createBackup(REQUEST))
        .isInstanceOf(io.recordgen.runtime.ClientErrorException.class);
    assertThat(validation.violations()).singleElement().asString().contains("response 418");
  }
}
