package io.recordgen.generator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.recordgen.generator.Golden;
import io.recordgen.runtime.Bytes;
import io.recordgen.runtime.Download;
import io.recordgen.runtime.JsonCodec;
import io.recordgen.runtime.Upload;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden client for bodies that are not JSON, against a local server: what goes on the
 * wire for form, multipart, binary and text bodies, and what comes back as bytes and text.
 */
@ParameterizedClass
@MethodSource(Codecs.ALL)
class BodiesBehaviourTest {
  @Parameter JsonCodec codec;

  private static final String MODEL = "golden.requestbodies.model.";
  private static final ClassLoader LOADER =
      Golden.loadExpected(Golden.sourceResources().resolve("golden").resolve("request-bodies"));
  private static final byte[] PDF = {'%', 'P', 'D', 'F', 0, (byte) 0xff, '\r', '\n'};

  private static HttpServer server;
  private static final Map<String, byte[]> BODIES = new ConcurrentHashMap<>();
  private static final Map<String, String> TYPES = new ConcurrentHashMap<>();
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
  private Object api;

  @BeforeAll
  static void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
          BODIES.put(key, exchange.getRequestBody().readAllBytes());
          String type = exchange.getRequestHeaders().getFirst("Content-Type");
          TYPES.put(key, type == null ? "" : type);
          exchange
              .getRequestHeaders()
              .forEach(
                  (name, values) -> {
                    if (name.toLowerCase(java.util.Locale.ROOT).endsWith("-key")) {
                      KEYS.put(key, name.toLowerCase(java.util.Locale.ROOT) + "=" + values.get(0));
                    }
                  });
          byte[] answer;
          int status = 200;
          switch (key) {
            case "POST /tokens" -> {
              answer = "{\"access_token\":\"t0k\"}".getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            case "GET /documents/d1/content" -> {
              answer = PDF;
              exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            }
            case "POST /notes" -> {
              answer = "näme,1\n".getBytes(StandardCharsets.ISO_8859_1);
              exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=ISO-8859-1");
            }
            default -> {
              answer = new byte[0];
              status = key.startsWith("POST") ? 201 : 204;
            }
          }
          exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  @BeforeEach
  void client() throws Exception {
    api = Generated.client(codec, LOADER, "golden.requestbodies.api.BodiesApi", server);
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private Object call(String name, Object... arguments) throws Exception {
    return Generated.call(api, name, arguments);
  }

  private static Object record(String type, Object... components) throws Exception {
    return LOADER.loadClass(MODEL + type).getConstructors()[0].newInstance(components);
  }

  @Test
  void aFormBodyIsEncodedAsFieldsWithBracketsForNestedValues() throws Exception {
    Object grant =
        LOADER
            .loadClass(MODEL + "CreateTokenRequestGrantType")
            .getMethod("of", String.class)
            .invoke(null, "client_credentials");
    Object token =
        call(
            "createToken",
            record(
                "CreateTokenRequest", grant, List.of("read", "write all"), Map.of("team", "a&b")));

    assertThat(new String(BODIES.get("POST /tokens"), StandardCharsets.US_ASCII))
        .isEqualTo(
            "grant_type=client_credentials&scope=read&scope=write+all&metadata%5Bteam%5D=a%26b");
    assertThat(TYPES.get("POST /tokens")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(token.toString()).contains("t0k");
  }

  @Test
  void theDeclaredIdempotencyKeyHeaderCarriesANewKeyOnEachCall() throws Exception {
    Object grant =
        LOADER
            .loadClass(MODEL + "CreateTokenRequestGrantType")
            .getMethod("of", String.class)
            .invoke(null, "refresh_token");
    Object request = record("CreateTokenRequest", grant, null, null);
    call("createToken", request);
    String first = KEYS.get("POST /tokens");
    call("createToken", request);

    assertThat(first).matches("idempotency-key=[0-9a-f-]{36}");
    assertThat(KEYS.get("POST /tokens")).startsWith("idempotency-key=").isNotEqualTo(first);
    call("addNote", "a note");
    assertThat(KEYS.get("POST /notes")).as("the operation's own header").startsWith("x-note-key=");
  }

  @Test
  void aMultipartBodyHasOnePartPerProperty() throws Exception {
    Object options = record("UploadDocumentRequestOptions", true);
    call(
        "uploadDocument",
        record(
            "UploadDocumentRequest",
            Bytes.of(PDF),
            "Q3 report",
            12,
            List.of("finance", "q3"),
            options));

    String type = TYPES.get("POST /documents");
    assertThat(type).startsWith("multipart/form-data; boundary=recordgen-");
    String boundary = type.substring(type.indexOf("boundary=") + 9);
    String body = new String(BODIES.get("POST /documents"), StandardCharsets.ISO_8859_1);
    // An empty preamble, six parts (two for the labels) and the closing "--".
    assertThat(body.split("--" + boundary)).hasSize(8);
    assertThat(body)
        .contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"file\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n"
                + new String(PDF, StandardCharsets.ISO_8859_1)
                + "\r\n");
    assertThat(body)
        .contains(
            "name=\"title\"\r\nContent-Type: text/plain; charset=UTF-8" + "\r\n\r\nQ3 report\r\n");
    assertThat(body)
        .contains("name=\"pages\"\r\nContent-Type: text/plain; charset=UTF-8" + "\r\n\r\n12\r\n");
    assertThat(body).contains("\r\n\r\nfinance\r\n").contains("\r\n\r\nq3\r\n");
    assertThat(body)
        .contains(
            "name=\"options\"\r\nContent-Type: application/json\r\n\r\n" + "{\"ocr\":true}\r\n");
    assertThat(body).endsWith("--" + boundary + "--\r\n");
  }

  @Test
  void bytesTravelAsTheyAre() throws Exception {
    call("replaceContent", "d1", Upload.of(PDF));
    Download downloaded = (Download) call("downloadContent", "d1");

    assertThat(BODIES.get("PUT /documents/d1/content")).isEqualTo(PDF);
    assertThat(TYPES.get("PUT /documents/d1/content")).isEqualTo("application/octet-stream");
    assertThat(downloaded.bytes()).isEqualTo(Bytes.of(PDF));
  }

  @Test
  void textTravelsInItsCharset() throws Exception {
    Object csv = call("addNote", "hello, wörld");

    assertThat(new String(BODIES.get("POST /notes"), StandardCharsets.UTF_8))
        .isEqualTo("hello, wörld");
    assertThat(TYPES.get("POST /notes")).isEqualTo("text/plain; charset=UTF-8");
    assertThat(csv).isEqualTo("näme,1\n");
  }
}
