package io.recordgen.samples.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordgen.contract.ContractSpec;
import io.recordgen.runtime.DecodingException;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.samples.backup.model.Backup;
import io.recordgen.samples.backup.model.BackupStatus;
import io.recordgen.samples.backup.model.CreateBackupRequest;
import io.recordgen.samples.backup.model.CreateBackupResponse;
import io.swagger.v3.oas.models.Operation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The spec's examples (the seed's, the response one repaired) through the generated records. */
class JsonExamplesTest {
  private static final JsonCodec CODEC = JsonCodec.defaultCodec();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Operation CREATE = ContractSpec.fromResource("openapi/backup-api.yaml")
      .openApi().getPaths().get("/v3/{project_id}/backups/create").getPost();

  private static JsonNode requestExample() {
    return MAPPER.valueToTree(CREATE.getRequestBody().getContent().get("application/json")
        .getExamples().get("manualBackup").getValue());
  }

  private static JsonNode createdExample() {
    return MAPPER.valueToTree(CREATE.getResponses().get("201").getContent()
        .get("application/json").getExamples().get("created").getValue());
  }

  @Test
  void theRequestExampleRoundTripsUnchanged() throws Exception {
    JsonNode example = requestExample();

    CreateBackupRequest request = CODEC.decode(MAPPER.writeValueAsBytes(example),
        CreateBackupRequest.class);

    assertThat(request).isEqualTo(new CreateBackupRequest(
        "07033b125fd94a8a96896f8bcfee6ddain07", "backup-1", "Manual backup"));
    assertThat(MAPPER.<JsonNode>valueToTree(CODEC.toPlain(request))).isEqualTo(example);
  }

  @Test
  void theCreatedExampleDecodesWithItsOffsetWithoutColon() throws Exception {
    JsonNode example = createdExample();

    CreateBackupResponse response = CODEC.decode(MAPPER.writeValueAsBytes(example),
        CreateBackupResponse.class);

    Backup backup = response.backup();
    assertThat(backup.beginTime()).isEqualTo(
        OffsetDateTime.of(2020, 7, 7, 1, 17, 5, 0, ZoneOffset.ofHours(8)));
    assertThat(backup.status()).isSameAs(BackupStatus.BUILDING);
    assertThat(response.jobId()).isEqualTo("e0fbbfc8-1ac4-4721-b9e9-7dd685c5bdd7");
  }

  @Test
  void theCreatedExampleRoundTripsWithTheSameInstant() throws Exception {
    JsonNode example = createdExample();

    JsonNode encoded = MAPPER.valueToTree(CODEC.toPlain(CODEC.decode(MAPPER.writeValueAsBytes(example),
        CreateBackupResponse.class)));

    // The codec writes RFC 3339 (+08:00); the service wrote +0800. Everything else is equal.
    ObjectNode expected = example.deepCopy();
    ((ObjectNode) expected.get("backup")).put("begin_time", "2020-07-07T01:17:05+08:00");
    assertThat(encoded).isEqualTo(expected);
  }

  @Test
  void theSeedsOwnExampleIsTheSpecsOnceItsMissingCommaIsRestored() throws Exception {
    Path seed = Path.of("..", "..", "..", "shared", "seed", "create-manual-backup.txt");
    Assumptions.assumeTrue(Files.exists(seed), "the seed document is next to the checkout");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    String created = text.substring(text.indexOf("{ \"backup\""), text.indexOf("Status Code\n"));

    assertThatThrownBy(() -> MAPPER.readTree(created)).as("the seed's JSON is malformed")
        .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    JsonNode repaired = MAPPER.readTree(created.replace("\"Manual backup\" \"begin_time\"",
        "\"Manual backup\", \"begin_time\""));
    assertThat(repaired).isEqualTo(createdExample());
  }

  @Test
  void unknownFieldsAndUnknownStatusValuesDecode() {
    String json = "{\"backup\": {\"id\": \"abc\", \"name\": \"backup-1\", \"status\": \"FREEZING\","
        + " \"instance_id\": \"i\", \"type\": \"incremental\", \"size\": 42,"
        + " \"datastore\": {\"type\": \"gaussdb-mysql\"}}, \"job_id\": \"j\", \"extra\": [1]}";

    CreateBackupResponse response = CODEC.decode(json.getBytes(StandardCharsets.UTF_8),
        CreateBackupResponse.class);

    assertThat(response.backup().status().value()).isEqualTo("FREEZING");
    assertThat(response.backup().status().isKnown()).isFalse();
    assertThat(response.backup().type().isKnown()).isFalse();
    assertThat(BackupStatus.of("COMPLETED").isKnown()).isTrue();
    assertThat(MAPPER.<JsonNode>valueToTree(CODEC.toPlain(response.backup())).get("status").asText())
        .isEqualTo("FREEZING");
  }

  @Test
  void aResponseWithoutARequiredFieldIsADecodingErrorNamingIt() {
    String json = "{\"backup\": {\"id\": \"abc\", \"status\": \"BUILDING\", \"instance_id\": \"i\"},"
        + " \"job_id\": \"j\"}";

    assertThatThrownBy(() -> CODEC.decode(json.getBytes(StandardCharsets.UTF_8),
            CreateBackupResponse.class))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("Backup")
        .hasMessageContaining("name: is required (required)");
  }
}
