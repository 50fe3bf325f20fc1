package io.recordgen.huaweicloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.auth.CredentialVerifier;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.FakeTime;
import io.recordgen.runtime.testing.LocalServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request that {@link AkSkSigner} signed and a real HTTP server received passes {@link
 * AkSkVerifier}; a byte changed in its body, path, query or a signed header, an unknown access
 * key, or a date more than 15 minutes off does not.
 */
class AkSkVerifierTest {
  private static final AkSkCredentials KEYS =
      AkSkCredentials.of("HPUAEXAMPLEAK123", "ExampleSecretKey0123456789abcdefghijklmn");
  private static final OperationSpec CREATE =
      OperationSpec.of("createBackup", "POST", "/v3/{p}/backups/create").withSecurity("aksk");

  private final FakeTime time = FakeTime.at("2026-11-26T10:00:00Z");
  private CredentialVerifier.Received signed;

  @BeforeEach
  void sendASignedRequest() throws Exception {
    try (LocalServer server = new LocalServer()) {
      ApiClient client =
          ApiClient.builder()
              .endpoint(server.uri())
              .auth("aksk", AkSkSigner.of(KEYS).withProjectId("proj").withClock(time))
              .build();
      client.execute(
          ApiCall.builder(CREATE, ResponseType.of(Map.class))
              .path("p", "proj")
              .query("name", "a b")
              .body(Map.of("instance_id", "i-1", "name", "backup-1"))
              .build());
      LocalServer.Received received = server.received().get(0);
      Map<String, List<String>> headers = new TreeMap<>();
      received.headers().forEach((name, values) -> headers.put(name.toLowerCase(), values));
      signed =
          new CredentialVerifier.Received(
              received.method(), received.rawPath(), received.rawQuery(), headers, received.body());
    }
  }

  private AkSkVerifier verifier() {
    return AkSkVerifier.of(KEYS).withClock(time);
  }

  @Test
  void theRequestAsSignedAndReceivedPasses() {
    assertThat(signed.body()).isNotEmpty();
    assertThat(verifier().reject(signed)).isEmpty();
  }

  @Test
  void aByteChangedInTheBodyPathQueryOrASignedHeaderFails() {
    byte[] body = signed.body();
    body[body.length / 2] ^= 1;
    List<CredentialVerifier.Received> changed =
        List.of(
            copy(
                r ->
                    new CredentialVerifier.Received(
                        r.method(), r.rawPath(), r.rawQuery(), r.headers(), body)),
            copy(
                r ->
                    new CredentialVerifier.Received(
                        r.method(),
                        r.rawPath().replace("proj", "proK"),
                        r.rawQuery(),
                        r.headers(),
                        r.body())),
            copy(
                r ->
                    new CredentialVerifier.Received(
                        r.method(),
                        r.rawPath(),
                        r.rawQuery().replace("a", "b"),
                        r.headers(),
                        r.body())),
            copy(
                r ->
                    new CredentialVerifier.Received(
                        r.method(),
                        r.rawPath(),
                        r.rawQuery(),
                        header(r, "x-project-id", "proK"),
                        r.body())),
            copy(
                r ->
                    new CredentialVerifier.Received(
                        "PUT", r.rawPath(), r.rawQuery(), r.headers(), r.body())));
    for (CredentialVerifier.Received request : changed) {
      assertThat(verifier().reject(request))
          .as("%s", request)
          .hasValue("the signature does not match the request");
    }
  }

  @Test
  void anUnknownKeyAStaleDateOrAnUnsignedHostIsRejectedWithTheReason() {
    assertThat(AkSkVerifier.of(AkSkCredentials.of("OTHERAK", "x")).withClock(time).reject(signed))
        .hasValue("the access key HPUAEXAMPLEAK123 is unknown");
    time.advance(Duration.ofMinutes(16));
    assertThat(verifier().reject(signed))
        .hasValue("X-Sdk-Date is 16 minutes from the server's clock");
    time.advance(Duration.ofMinutes(-2));
    assertThat(verifier().reject(signed)).isEmpty();
    String authorization = signed.header("authorization").get(0);
    assertThat(
            verifier()
                .reject(
                    copy(
                        r ->
                            new CredentialVerifier.Received(
                                r.method(),
                                r.rawPath(),
                                r.rawQuery(),
                                header(r, "authorization", authorization.replace("host;", "")),
                                r.body()))))
        .hasValue("SignedHeaders must include host and x-sdk-date");
    assertThat(
            verifier()
                .reject(
                    new CredentialVerifier.Received(
                        "POST", "/", null, Map.of(), "{}".getBytes(StandardCharsets.UTF_8))))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("no Authorization header"));
  }

  private CredentialVerifier.Received copy(UnaryOperator<CredentialVerifier.Received> change) {
    return change.apply(signed);
  }

  private static Map<String, List<String>> header(
      CredentialVerifier.Received request, String name, String value) {
    Map<String, List<String>> headers = new TreeMap<>(request.headers());
    headers.put(name, List.of(value));
    return headers;
  }
}
