package io.recordgen.samples.backup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordgen.contract.ContractSpec;
import io.recordgen.contract.RecordedRequest;
import io.recordgen.contract.Reply;
import io.recordgen.contract.StubServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The CLI's default endpoint: the spec-driven {@link StubServer} (which validates every request
 * against the spec and answers invalid ones as the API does) with a backup store on top, so that
 * a created backup can be followed offline.
 */
final class EmbeddedBackupService implements AutoCloseable {
  /** The project id used when none is configured. */
  static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";

  /** The token the embedded service expects when none is configured. */
  static final String TOKEN = "embedded-token";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter API_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

  private final StubServer stub;
  private final Clock clock;
  private final Supplier<String> ids;
  private final Map<String, ObjectNode> backups = new LinkedHashMap<>();

  private EmbeddedBackupService(StubServer stub, Clock clock, Supplier<String> ids) {
    this.stub = stub;
    this.clock = clock;
    this.ids = ids;
    stub.when("createBackup").handle(this::create);
  }

  /** Starts the service on a free loopback port. */
  static EmbeddedBackupService start() {
    return start(Clock.system(ZoneOffset.ofHours(8)),
        () -> UUID.randomUUID().toString().replace("-", ""));
  }

  /** Starts the service with a clock and id source of the caller's. */
  static EmbeddedBackupService start(Clock clock, Supplier<String> ids) {
    StubServer stub = StubServer.builder(ContractSpec.fromResource("openapi/backup-api.yaml"))
        .errorCode("DBS.200001")
        .authErrorCode("DBS.280056")
        .start();
    return new EmbeddedBackupService(stub, clock, ids);
  }

  URI uri() {
    return stub.uri();
  }

  StubServer stub() {
    return stub;
  }

  private synchronized Reply create(RecordedRequest request) {
    JsonNode body = read(request);
    String instanceId = body.path("instance_id").asText();
    ObjectNode backup = JSON.createObjectNode();
    backup.put("id", ids.get() + "br07");
    backup.put("name", body.path("name").asText());
    if (body.hasNonNull("description")) {
      backup.put("description", body.path("description").asText());
    }
    backup.put("begin_time", API_TIME.format(clock.instant().atZone(clock.getZone())));
    backup.put("status", "BUILDING");
    backup.put("type", "manual");
    backup.put("instance_id", instanceId);
    backups.put(backup.path("id").asText(), backup);
    ObjectNode response = JSON.createObjectNode();
    response.set("backup", backup.deepCopy());
    response.put("job_id", UUID.nameUUIDFromBytes(backup.path("id").asText().getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).toString());
    return Reply.json(201, response.toString());
  }

  private static JsonNode read(RecordedRequest request) {
    try {
      return JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    stub.close();
  }
}
