package io.recordgen.samples.backup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordgen.contract.ContractSpec;
import io.recordgen.contract.RecordedRequest;
import io.recordgen.contract.Reply;
import io.recordgen.contract.StubServer;
import io.recordgen.runtime.internal.DateTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's default endpoint: the spec-driven {@link StubServer}, which validates every request
 * against the spec and answers invalid ones as the API does, with a backup service on top.
 *
 * <p>Its state lives in a JSON file, so that a workflow spans several runs of the CLI: a created
 * backup is {@code BUILDING}; its job is not visible at the first poll ({@code DBS.200543}, as
 * the real service answers), pending at the second, running at the third and fourth, and
 * completes at the fifth, and the backup with it; it
 * then shows in {@code list} and can be deleted. When {@link #failJobs(String)} is set, jobs fail
 * with that reason instead. A new state starts with three automated backups of the sample
 * instance.
 */
final class EmbeddedBackupService implements AutoCloseable {
  /** The project id used when none is configured. */
  static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";

  /** The token the embedded service expects when none is configured. */
  static final String TOKEN = "embedded-token";

  /** The sample instance that the initial backups belong to. */
  static final String SAMPLE_INSTANCE = "07033b125fd94a8a96896f8bcfee6ddain07";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter API_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

  private final StubServer stub;
  private final Clock clock;
  private final Supplier<String> ids;
  private final @Nullable Path file;
  private final ObjectNode state;

  private EmbeddedBackupService(
      StubServer stub, Clock clock, Supplier<String> ids, @Nullable Path file) {
    this.stub = stub;
    this.clock = clock;
    this.ids = ids;
    this.file = file;
    this.state = load(file, clock);
    stub.when("createBackup").handle(this::create);
    stub.when("listBackups").handle(this::list);
    stub.when("deleteBackup").handle(this::delete);
    stub.when("showBackupPolicy").handle(this::showPolicy);
    stub.when("updateBackupPolicy").handle(this::updatePolicy);
    stub.when("restoreInstance").handle(this::restore);
    stub.when("showJob").handle(this::showJob);
  }

  /** Starts the service on a free loopback port with its state in {@code file}. */
  static EmbeddedBackupService start(@Nullable Path file) {
    return start(
        file,
        Clock.system(ZoneOffset.ofHours(8)),
        () -> UUID.randomUUID().toString().replace("-", ""));
  }

  /** Starts the service with a clock and id source of the caller's. */
  static EmbeddedBackupService start(@Nullable Path file, Clock clock, Supplier<String> ids) {
    StubServer stub =
        StubServer.builder(ContractSpec.fromResource("openapi/backup-api.yaml"))
            .errorCode("DBS.200001")
            .authErrorCode("DBS.280056")
            .authenticate()
            .start();
    return new EmbeddedBackupService(stub, clock, ids, file);
  }

  URI uri() {
    return stub.uri();
  }

  StubServer stub() {
    return stub;
  }

  /** Makes every job that ends from now on fail with {@code reason}; {@code null} undoes it. */
  synchronized void failJobs(@Nullable String reason) {
    if (reason == null) {
      state.remove("fail_jobs");
    } else {
      state.put("fail_jobs", reason);
    }
    save();
  }

  /** Adds {@code count} completed automated backups of an instance, for paging. */
  synchronized void seed(String instanceId, int count) {
    ArrayNode backups = (ArrayNode) state.get("backups");
    Instant start = clock.instant().minusSeconds(86_400L * count);
    for (int i = 0; i < count; i++) {
      backups.add(
          backup(
              ids.get() + "br07",
              String.format("auto-%04d", i),
              "auto",
              instanceId,
              start.plusSeconds(86_400L * i),
              "COMPLETED"));
    }
    save();
  }

  private synchronized Reply create(RecordedRequest request) {
    JsonNode body = read(request);
    String instanceId = body.path("instance_id").asText();
    for (JsonNode backup : state.get("backups")) {
      if (backup.path("instance_id").asText().equals(instanceId)
          && backup.path("status").asText().equals("BUILDING")) {
        return error(409, "DBS.201205", "A backup is in progress.");
      }
    }
    ObjectNode backup =
        backup(
            ids.get() + "br07",
            body.path("name").asText(),
            "manual",
            instanceId,
            clock.instant(),
            "BUILDING");
    if (body.hasNonNull("description")) {
      backup.put("description", body.path("description").asText());
    }
    ((ArrayNode) state.get("backups")).add(backup);
    String jobId = newJob("GaussDBforMySQLCreateBackup", instanceId, backup.path("id").asText());
    save();
    ObjectNode response = JSON.createObjectNode();
    response.set("backup", shown(backup));
    response.put("job_id", jobId);
    return Reply.json(201, response.toString());
  }

  private synchronized Reply list(RecordedRequest request) {
    Map<String, String> query = query(request);
    List<JsonNode> matching = new ArrayList<>();
    for (JsonNode backup : state.get("backups")) {
      if (matches(backup, query)) {
        matching.add(backup);
      }
    }
    matching.sort(
        Comparator.comparing((JsonNode b) -> b.path("begin_time").asText())
            .thenComparing(b -> b.path("id").asText())
            .reversed());
    int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
    int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
    ArrayNode page = JSON.createArrayNode();
    for (int i = offset; i < Math.min(matching.size(), offset + limit); i++) {
      page.add(shown(matching.get(i)));
    }
    ObjectNode response = JSON.createObjectNode();
    response.set("backups", page);
    response.put("total_count", matching.size());
    return Reply.json(200, response.toString());
  }

  private static boolean matches(JsonNode backup, Map<String, String> query) {
    for (String field : List.of("instance_id", "name")) {
      if (query.containsKey(field) && !query.get(field).equals(backup.path(field).asText())) {
        return false;
      }
    }
    if (query.containsKey("backup_id")
        && !query.get("backup_id").equals(backup.path("id").asText())) {
      return false;
    }
    if (query.containsKey("backup_type")
        && !query.get("backup_type").equals(backup.path("type").asText())) {
      return false;
    }
    OffsetDateTime began = DateTimes.parseOffsetDateTime(backup.path("begin_time").asText());
    if (query.containsKey("begin_time")
        && began.isBefore(DateTimes.parseOffsetDateTime(query.get("begin_time")))) {
      return false;
    }
    return !query.containsKey("end_time")
        || began.isBefore(DateTimes.parseOffsetDateTime(query.get("end_time")));
  }

  private synchronized Reply delete(RecordedRequest request) {
    String id = segment(request, 4);
    ArrayNode backups = (ArrayNode) state.get("backups");
    for (int i = 0; i < backups.size(); i++) {
      JsonNode backup = backups.get(i);
      if (!backup.path("id").asText().equals(id)) {
        continue;
      }
      if (!backup.path("type").asText().equals("manual")
          || backup.path("status").asText().equals("BUILDING")) {
        return error(
            400, "DBS.201208", "The operation is not allowed because of the backup status.");
      }
      backups.remove(i);
      save();
      ObjectNode response = JSON.createObjectNode();
      response.put("backup_id", id);
      response.put("backup_name", backup.path("name").asText());
      return Reply.json(200, response.toString());
    }
    return error(404, "DBS.201010", "The backup information does not exist.");
  }

  private synchronized Reply showPolicy(RecordedRequest request) {
    ObjectNode response = JSON.createObjectNode();
    response.set("backup_policy", policy(segment(request, 4)).deepCopy());
    return Reply.json(200, response.toString());
  }

  private synchronized Reply updatePolicy(RecordedRequest request) {
    String instanceId = segment(request, 4);
    JsonNode policy = read(request).path("backup_policy");
    ObjectNode stored = policy.deepCopy();
    if (!stored.has("retention_num_backup_level1")) {
      stored.put("retention_num_backup_level1", 0);
    }
    ((ObjectNode) state.get("policies")).set(instanceId, stored);
    save();
    ObjectNode response = JSON.createObjectNode();
    response.put("status", "COMPLETED");
    response.put("instance_id", instanceId);
    response.put("instance_name", "instance-" + instanceId.substring(0, 8));
    return Reply.json(200, response.toString());
  }

  private synchronized Reply restore(RecordedRequest request) {
    JsonNode body = read(request);
    if (body.path("type").asText().equals("backup")) {
      String backupId = body.path("backup_id").asText("");
      JsonNode backup = null;
      for (JsonNode each : state.get("backups")) {
        if (each.path("id").asText().equals(backupId)) {
          backup = each;
        }
      }
      if (backup == null) {
        return error(404, "DBS.201010", "The backup information does not exist.");
      }
      if (!backup.path("status").asText().equals("COMPLETED")) {
        return error(
            400, "DBS.201208", "The operation is not allowed because of the backup status.");
      }
    } else if (!body.has("restore_time")) {
      return error(400, "DBS.200001", "restore_time is required for type timestamp.");
    }
    String jobId = newJob("GaussDBforMySQLRestore", body.path("target_instance_id").asText(), null);
    save();
    ObjectNode response = JSON.createObjectNode();
    response.put("job_id", jobId);
    return Reply.json(200, response.toString());
  }

  /** Moves a job along one step per poll (see the class comment); a backup job ends its backup. */
  private synchronized Reply showJob(RecordedRequest request) {
    String id = query(request).get("id");
    ObjectNode job = (ObjectNode) state.get("jobs").get(id);
    if (job == null || job.path("polls").asInt() == 0) {
      if (job != null) {
        job.put("polls", 1);
        save();
      }
      return error(400, "DBS.200543", "The job does not exist.");
    }
    int polls = job.path("polls").asInt() + 1;
    job.put("polls", polls);
    if (job.path("status").asText().equals("Pending") && polls >= 3) {
      job.put("status", "Running");
      job.put("process", "30%");
    } else if (job.path("status").asText().equals("Running") && polls == 4) {
      job.put("process", "70%");
    } else if (job.path("status").asText().equals("Running") && polls >= 5) {
      end(job);
    }
    save();
    ObjectNode response = JSON.createObjectNode();
    ObjectNode shown = job.deepCopy();
    shown.remove(List.of("polls", "backup_id"));
    response.set("job", shown);
    return Reply.json(200, response.toString());
  }

  private void end(ObjectNode job) {
    String failure = state.hasNonNull("fail_jobs") ? state.get("fail_jobs").asText() : null;
    job.put("status", failure == null ? "Completed" : "Failed");
    job.put("process", failure == null ? "100%" : job.path("process").asText());
    job.put("ended", time(clock.instant()));
    if (failure != null) {
      job.put("fail_reason", failure);
    }
    String backupId = job.path("backup_id").asText("");
    for (JsonNode backup : state.get("backups")) {
      if (backup.path("id").asText().equals(backupId)) {
        ((ObjectNode) backup).put("status", failure == null ? "COMPLETED" : "FAILED");
        ((ObjectNode) backup).put("end_time", time(clock.instant()));
        ((ObjectNode) backup).put("take_up_time", 1);
        ((ObjectNode) backup).put("size", failure == null ? 1024 : 0);
      }
    }
  }

  private String newJob(String name, String instanceId, @Nullable String backupId) {
    String id =
        UUID.nameUUIDFromBytes((ids.get() + name).getBytes(StandardCharsets.UTF_8)).toString();
    ObjectNode job = JSON.createObjectNode();
    job.put("id", id);
    job.put("name", name);
    job.put("status", "Pending");
    job.put("created", time(clock.instant()));
    job.put("process", "0%");
    ObjectNode instance = job.putObject("instance");
    instance.put("id", instanceId);
    instance.put("name", "instance-" + instanceId.substring(0, Math.min(8, instanceId.length())));
    job.put("polls", 0);
    if (backupId != null) {
      job.put("backup_id", backupId);
    }
    ((ObjectNode) state.get("jobs")).set(id, job);
    return id;
  }

  private JsonNode policy(String instanceId) {
    JsonNode stored = state.get("policies").get(instanceId);
    if (stored != null) {
      return stored;
    }
    ObjectNode policy = JSON.createObjectNode();
    policy.put("keep_days", 7);
    policy.put("start_time", "19:00-20:00");
    policy.put("period", "1,2,3,4,5,6,7");
    policy.put("retention_num_backup_level1", 0);
    return policy;
  }

  private ObjectNode backup(
      String id, String name, String type, String instanceId, Instant began, String status) {
    ObjectNode backup = JSON.createObjectNode();
    backup.put("id", id);
    backup.put("name", name);
    backup.put("begin_time", time(began));
    backup.put("status", status);
    backup.put("type", type);
    backup.put("instance_id", instanceId);
    ObjectNode datastore = backup.putObject("datastore");
    datastore.put("type", "gaussdb-mysql");
    datastore.put("version", "8.0");
    backup.put("backup_level", "1");
    if (status.equals("COMPLETED")) {
      backup.put("end_time", time(began.plusSeconds(180)));
      backup.put("take_up_time", 3);
      backup.put("size", 2048);
    }
    return backup;
  }

  /** A copy to send: the stored backup is never handed out. */
  private static ObjectNode shown(JsonNode backup) {
    return backup.deepCopy();
  }

  private String time(Instant instant) {
    return API_TIME.format(instant.atZone(clock.getZone()));
  }

  private static Reply error(int status, String code, String message) {
    return Reply.respond(StubServer.error(status, code, message));
  }

  private static String segment(RecordedRequest request, int index) {
    String[] segments = request.path().split("/");
    return URLDecoder.decode(segments[index].replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Map<String, String> query(RecordedRequest request) {
    Map<String, String> query = new HashMap<>();
    if (request.query() == null) {
      return query;
    }
    for (String pair : request.query().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return query;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static JsonNode read(RecordedRequest request) {
    try {
      return JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode load(@Nullable Path path, Clock clock) {
    if (path != null && Files.exists(path)) {
      try {
        return (ObjectNode) JSON.readTree(path.toFile());
      } catch (IOException | ClassCastException e) {
        // An unreadable state file starts over; it only holds sample data.
      }
    }
    ObjectNode fresh = JSON.createObjectNode();
    ArrayNode backups = fresh.putArray("backups");
    fresh.putObject("jobs");
    fresh.putObject("policies");
    Instant today = clock.instant().minusSeconds(3 * 86_400L);
    for (int i = 0; i < 3; i++) {
      backups.add(
          backup(
              ids.get() + "br07",
              "daily-" + (i + 1),
              "auto",
              SAMPLE_INSTANCE,
              today.plusSeconds(86_400L * i),
              "COMPLETED"));
    }
    return fresh;
  }

  private void save() {
    if (file == null) {
      return;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, "backup-cli", ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), state);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the embedded service's state to " + file, e);
    }
  }

  @Override
  public void close() {
    stub.close();
  }
}
