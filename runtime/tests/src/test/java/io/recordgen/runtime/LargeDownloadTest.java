package io.recordgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import io.recordgen.runtime.testing.LocalServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2 GiB download to a file in bounded memory. Its own Surefire execution runs it in a JVM of
 * {@code -Xmx64m} (see the module's pom), where buffering a thirtieth of the body would fail.
 */
class LargeDownloadTest {
  private static final long SIZE = 2L * 1024 * 1024 * 1024;
  private static final OperationSpec DOWNLOAD = OperationSpec.of("downloadImage", "GET", "/image");

  @TempDir Path folder;

  @Test
  void twoGibibytesGoToAFileWithTheirChecksum() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx64m").isLessThan(100L << 20);
    AtomicReference<String> sent = new AtomicReference<>();
    try (LocalServer server = new LocalServer()) {
      server.handler(
          (exchange, n) -> {
            // Chunks differ, so a body that repeated or dropped one would not match.
            MessageDigest digest = sha256();
            byte[] chunk = new byte[256 * 1024];
            Random random = new Random(7);
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, SIZE);
            try (OutputStream out = exchange.getResponseBody()) {
              for (long at = 0; at < SIZE; at += chunk.length) {
                random.nextBytes(chunk);
                digest.update(chunk);
                out.write(chunk);
              }
            }
            sent.set(HexFormat.of().formatHex(digest.digest()));
          });
      ApiClient client =
          ApiClient.builder()
              .endpoint(server.uri())
              .callTimeout(Duration.ofSeconds(30))
              .attemptTimeout(Duration.ofSeconds(30))
              .build();
      Path target = folder.resolve("image.bin");

      long written;
      try (Download image =
          client.execute(ApiCall.builder(DOWNLOAD, ResponseType.download()).build())) {
        assertThat(image.contentLength()).hasValue(SIZE);
        written = image.writeTo(target);
      }

      assertThat(written).isEqualTo(SIZE);
      assertThat(Files.size(target)).isEqualTo(SIZE);
      MessageDigest digest = sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(target), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(sent.get());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
