package io.recordgen.huaweicloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.FakeTime;
import io.recordgen.runtime.testing.LocalServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AK/SK signing against Huawei's published check value, and against vectors of our own that were
 * computed independently (Python's {@code hashlib} and {@code hmac} over the algorithm as the
 * reference describes it).
 */
class AkSkSignerTest {
  private static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final AkSkCredentials OURS =
      AkSkCredentials.of("HPUAEXAMPLEAK123", "ExampleSecretKey0123456789abcdefghijklmn");

  @Test
  void reproducesThePublishedVectorBitForBit() {
    AkSkSigner.Signature signature =
        AkSkSigner.signature(
            "GET",
            URI.create(
                "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                    + "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"),
            Headers.empty()
                .with("Content-Type", "application/json")
                .with("X-Sdk-Date", "20191115T033655Z"),
            null,
            AkSkCredentials.of("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"));

    assertThat(signature.signedHeaders()).isEqualTo("content-type;host;x-sdk-date");
    assertThat(signature.stringToSign())
        .isEqualTo(
            "SDK-HMAC-SHA256\n20191115T033655Z\n"
                + "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    assertThat(signature.value())
        .isEqualTo("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  }

  @Test
  void signsTheCreateBackupCall() {
    byte[] body =
        "{\"instance_id\":\"07033b125fd94a8a96896f8bcfee6ddain07\",\"name\":\"backup-1\"}"
            .getBytes(StandardCharsets.UTF_8);

    AkSkSigner.Signature signature =
        AkSkSigner.signature(
            "POST",
            URI.create(
                "https://gaussdb.cn-north-4.myhuaweicloud.com/v3/"
                    + "619d3e78f61b4be68bc5aa0b59edcf7b/backups/create"),
            Headers.empty()
                .with("Content-Type", "application/json")
                .with("X-Sdk-Date", "20261126T100000Z")
                .with("X-Language", "en-us"),
            body,
            OURS);

    assertThat(signature.canonicalRequest())
        .isEqualTo(
            "POST\n"
                + "/v3/619d3e78f61b4be68bc5aa0b59edcf7b/backups/create/\n"
                + "\n"
                + "content-type:application/json\n"
                + "host:gaussdb.cn-north-4.myhuaweicloud.com\n"
                + "x-sdk-date:20261126T100000Z\n"
                + "\n"
                + "content-type;host;x-sdk-date\n"
                + "cadf90e6c0c00a8913c28b3cbdf150f02552e973e7ed634cfe8e47aeaafa3296");
    assertThat(signature.value())
        .isEqualTo("7dbadaa7668aa63f5be0c5011479f228140d911633f32a6f4ae43aa0f94efcfc");
  }

  @Test
  void encodesAndSortsTheQueryPerRfc3986() {
    AkSkSigner.Signature signature =
        AkSkSigner.signature(
            "GET",
            URI.create(
                "https://gaussdb.example.com:8443/v3/619d3e78f61b4be68bc5aa0b59edcf7b/backups"
                    + "?name=a%20b&name=a%2Bb&tilde=~x&star=%2A&uni=%C3%A9&empty=&z=1&a=2"),
            Headers.empty()
                .with("X-Sdk-Date", "20261126T100000Z")
                .with("X-Project-Id", "619d3e78f61b4be68bc5aa0b59edcf7b")
                .with("X-Security-Token", "temporary-token-value"),
            null,
            OURS);

    assertThat(signature.canonicalRequest())
        .isEqualTo(
            "GET\n"
                + "/v3/619d3e78f61b4be68bc5aa0b59edcf7b/backups/\n"
                + "a=2&empty=&name=a%20b&name=a%2Bb&star=%2A&tilde=~x&uni=%C3%A9&z=1\n"
                + "host:gaussdb.example.com:8443\n"
                + "x-project-id:619d3e78f61b4be68bc5aa0b59edcf7b\n"
                + "x-sdk-date:20261126T100000Z\n"
                + "x-security-token:temporary-token-value\n"
                + "\n"
                + "host;x-project-id;x-sdk-date;x-security-token\n"
                + EMPTY_SHA256);
    assertThat(signature.value())
        .isEqualTo("9f57dc3d22794a038467ab6312a09a59e04402b70e6b463c7bcc6fb292e43024");
  }

  @Test
  void theInterceptorSignsWhatIsSent() throws Exception {
    try (LocalServer server = new LocalServer()) {
      FakeTime time = FakeTime.at("2026-11-26T10:00:00Z");
      AkSkSigner signer =
          AkSkSigner.of(
                  AkSkCredentials.temporary(
                      "HPUAEXAMPLEAK123",
                      "ExampleSecretKey0123456789abcdefghijklmn",
                      "temporary-token-value"))
              .withClock(time);
      ApiClient client = ApiClient.builder().endpoint(server.uri()).auth("aksk", signer).build();
      OperationSpec list =
          OperationSpec.of("listBackups", "GET", "/v3/{p}/backups").withSecurity("token", "aksk");

      client.execute(
          ApiCall.builder(list, ResponseType.of(Map.class))
              .path("p", "proj")
              .query("name", "a b")
              .build());

      LocalServer.Received received = server.received().get(0);
      assertThat(received.header("X-Sdk-Date")).isEqualTo("20261126T100000Z");
      assertThat(received.header("X-Security-Token")).isEqualTo("temporary-token-value");
      Headers sent =
          Headers.empty()
              .with("X-Sdk-Date", "20261126T100000Z")
              .with("X-Security-Token", "temporary-token-value");
      String expected =
          AkSkSigner.signature(
                  "GET",
                  URI.create(server.uri() + received.rawPath() + "?" + received.rawQuery()),
                  sent,
                  null,
                  AkSkCredentials.of(
                      "HPUAEXAMPLEAK123", "ExampleSecretKey0123456789abcdefghijklmn"))
              .value();
      assertThat(received.header("Authorization"))
          .isEqualTo(
              "SDK-HMAC-SHA256 "
                  + "Access=HPUAEXAMPLEAK123, SignedHeaders=host;x-sdk-date;x-security-token, "
                  + "Signature="
                  + expected);
      assertThat(received.header("X-Auth-Token")).isNull();
    }
  }
}
