package io.recordgen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stub on raw HTTP, so that what it answers is not filtered by a generated client. */
class StubServerTest {
  private static final String CREATE = "/v3/619d3e78f61b4be68bc5aa0b59edcf7b/backups/create";
  private static final String VALID =
      "{\"instance_id\": \"07033b125fd94a8a96896f8bcfee6ddain07\", \"name\": \"backup-1\"}";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final StubServerExtension STUB =
      StubServerExtension.of(
          SpecVariants.BACKUP, builder -> builder.errorCode("DBS.200001").authenticate());

  private static HttpResponse<String> post(URI base, String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-Auth-Token", token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void servesTheSuccessExample(URI base) throws Exception {
    HttpResponse<String> response = post(base, CREATE, VALID, "t");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).at("/backup/begin_time").asText())
        .isEqualTo("2020-07-07T01:17:05+0800");
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void anInvalidBodyGetsA400InTheApisErrorShape(URI base) throws Exception {
    HttpResponse<String> response =
        post(base, CREATE, "{\"instance_id\": \"short\", \"name\": 42}", "t");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.fieldNames()).toIterable().containsExactly("error_code", "error_msg");
    assertThat(body.get("error_code").asText()).isEqualTo("DBS.200001");
    assertThat(body.get("error_msg").asText()).contains("instance_id").contains("name");
  }

  @Test
  void aMissingTokenGetsA401(URI base) throws Exception {
    assertThat(post(base, CREATE, VALID, null).statusCode()).isEqualTo(401);
  }

  @Test
  void anUnknownPathGets404AndAWrongMethod405(URI base) throws Exception {
    assertThat(post(base, "/v9/nothing", "{}", "t").statusCode()).isEqualTo(404);
    assertThat(post(base, "/v3/619d3e78f61b4be68bc5aa0b59edcf7b/jobs", "{}", "t").statusCode())
        .isEqualTo(405);
  }

  @Test
  void scenariosForceAStatusABodyOrASequence(StubServer stub, URI base) throws Exception {
    stub.when("createBackup")
        .reply(
            Reply.example(500),
            Reply.json(409, "{\"error_code\":" + "\"DBS.201205\",\"error_msg\":\"busy\"}"),
            Reply.fromSpec());

    assertThat(json(post(base, CREATE, VALID, "t")).get("error_code").asText())
        .isEqualTo("DBS.108000");
    assertThat(post(base, CREATE, VALID, "t").statusCode()).isEqualTo(409);
    assertThat(post(base, CREATE, VALID, "t").statusCode()).isEqualTo(201);
    assertThat(post(base, CREATE, VALID, "t").statusCode()).isEqualTo(201);
    assertThat(stub.requests("createBackup")).hasSize(4);
  }

  @Test
  void aDelayedReplyArrivesLate(StubServer stub, URI base) throws Exception {
    stub.when("createBackup").delay(Duration.ofMillis(300));
    long start = System.nanoTime();

    assertThat(post(base, CREATE, VALID, "t").statusCode()).isEqualTo(201);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(250));
  }

  @Test
  void connectionFaults(StubServer stub, URI base) {
    stub.when("createBackup").fault(Fault.emptyResponse());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> post(base, CREATE, VALID, "t"))
        .isInstanceOf(IOException.class);

    stub.when("createBackup").fault(Fault.truncatedBody(StubResponse.json(201, VALID)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> post(base, CREATE, VALID, "t"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void handlersSeeOnlyValidRequests(StubServer stub, URI base) throws Exception {
    stub.when("createBackup").handle(request -> Reply.json(201, "{\"seen\": true}"));

    assertThat(post(base, CREATE, "{}", "t").statusCode()).isEqualTo(400);
    assertThat(post(base, CREATE, VALID, "t").body()).isEqualTo("{\"seen\": true}");
  }
}
