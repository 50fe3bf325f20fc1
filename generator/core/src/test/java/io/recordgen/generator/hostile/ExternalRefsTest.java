package io.recordgen.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecSource;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External references: refused before any I/O unless allowlisted; allowlisted ones are read
 * once, within the limits, and only under their prefix.
 */
class ExternalRefsTest {
  private static final String COMMON =
      """
      components:
        schemas:
          Money:
            type: object
            required: [amount, currency]
            properties:
              amount: {type: integer, format: int64}
              currency: {$ref: '#/components/schemas/Currency'}
          Currency:
            type: string
            enum: [EUR, USD]
          Tree:
            type: object
            properties:
              children:
                type: array
                items: {$ref: '#/components/schemas/Tree'}
      """;

  @TempDir Path folder;

  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          byte[] body = COMMON.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private static String spec(String ref1, String ref2) {
    return """
        openapi: 3.0.3
        info: {title: External, version: '1'}
        paths: {}
        components:
          schemas:
            Order:
              type: object
              properties:
                total: {$ref: '%s'}
                tree: {$ref: '%s'}
        """
        .formatted(ref1, ref2);
  }

  private GenerationResult generate(String spec, List<String> allowlist) {
    return Recordgen.generate(
        new SpecSource("spec.yaml", spec.getBytes(StandardCharsets.UTF_8), folder),
        new GeneratorOptions("ext", LoadOptions.defaults().withExternalRefAllowlist(allowlist)));
  }

  private static List<String> names(GenerationResult result) {
    return result.files().stream().map(SourceFile::simpleName).sorted().toList();
  }

  @Test
  void withoutTheAllowlistNothingIsFetched() {
    GenerationResult result =
        generate(
            spec(
                base() + "common.yaml#/components/schemas/Money",
                base() + "common.yaml#/components/schemas/Tree"),
            List.of());

    assertThat(result.errors()).extracting(d -> d.code().id()).containsOnly("RG011");
    assertThat(hits).hasValue(0);
  }

  @Test
  void anAllowlistedServerIsAskedOnceAndItsSchemasAreGenerated() throws Exception {
    GenerationResult result =
        generate(
            spec(
                base() + "common.yaml#/components/schemas/Money",
                base() + "common.yaml#/components/schemas/Tree"),
            List.of(base()));

    assertThat(result.errors()).isEmpty();
    assertThat(hits).hasValue(1);
    assertThat(result.externalDocuments().toString()).isEqualTo("[" + base() + "common.yaml]");
    assertThat(names(result)).contains("Order", "Money", "Currency", "Tree");
    HostileSpecTest.assertSafe(result.files());
  }

  @Test
  void anAllowlistedFileInTheSpecFolderIsRead() throws Exception {
    Files.writeString(folder.resolve("common.yaml"), COMMON);

    GenerationResult result =
        generate(
            spec("common.yaml#/components/schemas/Money", "./common.yaml#/components/schemas/Tree"),
            List.of("common.yaml", "./common.yaml"));

    assertThat(result.errors()).isEmpty();
    assertThat(names(result)).contains("Order", "Money", "Currency", "Tree");
    assertThat(result.externalDocuments()).containsExactly(folder.resolve("common.yaml").toUri());
  }

  @Test
  void aPrefixDoesNotAdmitAPathThatLeavesIt() throws Exception {
    Files.createDirectories(folder.resolve("schemas"));
    Files.writeString(folder.resolve("secret.yaml"), COMMON);

    GenerationResult result =
        generate(
            spec(
                "schemas/../secret.yaml#/components/schemas/Money",
                "schemas/../secret.yaml#/components/schemas/Tree"),
            List.of("schemas/"));

    assertThat(result.errors())
        .extracting(Diagnostic::format)
        .allSatisfy(
            message ->
                assertThat(message)
                    .startsWith("[RG011] #/components/schemas/Order/properties/")
                    .contains("which no prefix of the allowlist admits"));
    assertThat(result.files()).isEmpty();
  }

  @Test
  void aMissingAllowlistedFileIsALocatedError() {
    GenerationResult result =
        generate(spec("missing.yaml#/A", "missing.yaml#/B"), List.of("missing.yaml"));

    assertThat(result.errors())
        .extracting(Diagnostic::pointer)
        .contains("/components/schemas/Order/properties/total/$ref");
    assertThat(result.files()).isEmpty();
  }
}
