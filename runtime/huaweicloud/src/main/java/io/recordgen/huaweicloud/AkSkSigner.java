package io.recordgen.huaweicloud;

import io.recordgen.runtime.Upload;
import io.recordgen.runtime.http.Headers;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.RequestInterceptor;
import io.recordgen.runtime.internal.UriEncoding;
import io.recordgen.runtime.support.Internals;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signs every request with Huawei Cloud's AK/SK algorithm, {@code SDK-HMAC-SHA256}.
 *
 * <ol>
 *   <li>{@code X-Sdk-Date} is set to the UTC time {@code yyyyMMdd'T'HHmmss'Z'}.
 *   <li>The canonical request is the method, the canonical URI (each path segment
 *       percent-encoded, always ending in {@code /} — for signing only, the request keeps its
 *       path), the canonical query (pairs encoded per RFC 3986 and sorted), the canonical headers
 *       ({@code name:value} lines, lower case, sorted), the signed header names joined by
 *       {@code ;}, and the hex SHA-256 of the body, joined by line feeds.
 *   <li>The string to sign is {@code SDK-HMAC-SHA256}, the date and the hex SHA-256 of the
 *       canonical request; the signature is its hex HMAC-SHA256 keyed with the SK itself.
 *   <li>{@code Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=..., Signature=...}.
 * </ol>
 *
 * <p>Signed headers are {@code host}, {@code x-sdk-date}, and {@code content-type}, {@code
 * x-project-id} and {@code x-security-token} when present. Credentials come from a supplier, so
 * rotated keys are picked up without a new client.
 */
public final class AkSkSigner implements RequestInterceptor {
  /** The algorithm name in the string to sign and the {@code Authorization} header. */
  public static final String ALGORITHM = "SDK-HMAC-SHA256";

  static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final List<String> OPTIONAL_SIGNED =
      List.of("content-type", "x-project-id", "x-security-token");

  private final Supplier<AkSkCredentials> credentials;
  private final @Nullable String projectId;
  private final Clock clock;

  private AkSkSigner(
      Supplier<AkSkCredentials> credentials, @Nullable String projectId, Clock clock) {
    this.credentials = credentials;
    this.projectId = projectId;
    this.clock = clock;
  }

  /** Signs with fixed credentials on the system clock. */
  public static AkSkSigner of(AkSkCredentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    return new AkSkSigner(() -> credentials, null, Clock.systemUTC());
  }

  /** Signs with credentials read for every request (rotation). */
  public static AkSkSigner of(Supplier<AkSkCredentials> credentials) {
    return new AkSkSigner(
        Objects.requireNonNull(credentials, "credentials"), null, Clock.systemUTC());
  }

  /** A copy that also sends and signs {@code X-Project-Id}. */
  public AkSkSigner withProjectId(String value) {
    return new AkSkSigner(credentials, Objects.requireNonNull(value), clock);
  }

  /** A copy on another clock. */
  public AkSkSigner withClock(Clock value) {
    return new AkSkSigner(credentials, projectId, Objects.requireNonNull(value));
  }

  @Override
  public Request rewrite(Request request) {
    return sign(request);
  }

  /** The request with {@code X-Sdk-Date} and {@code Authorization} set. */
  public Request sign(Request request) {
    AkSkCredentials keys = credentials.get();
    Headers headers = request.headers().with("X-Sdk-Date", SDK_DATE.format(clock.instant()));
    if (keys.securityToken() != null) {
      headers = headers.with("X-Security-Token", keys.securityToken().reveal());
    }
    if (projectId != null) {
      headers = headers.with("X-Project-Id", projectId);
    }
    Signature signature =
        signatureOfHash(request.method(), request.uri(), headers, bodyHash(request), keys);
    return request.withHeaders(
        headers.with(
            "Authorization",
            ALGORITHM
                + " Access="
                + keys.accessKey()
                + ", SignedHeaders="
                + signature.signedHeaders()
                + ", Signature="
                + signature.value()));
  }

  /**
   * The intermediate values and the result of signing, for tests against published vectors.
   *
   * @param canonicalRequest the canonical request
   * @param stringToSign the string to sign
   * @param signedHeaders the signed header names joined by {@code ;}
   * @param value the hex signature
   */
  public record Signature(
      String canonicalRequest, String stringToSign, String signedHeaders, String value) {
    @Override
    public String toString() {
      return "Signature[signedHeaders=" + signedHeaders + "]";
    }
  }

  /**
   * The hex SHA-256 of a request's body: its bytes, or an upload read through once in bounded
   * memory. A single stream cannot be read twice, so it cannot be signed.
   */
  private static String bodyHash(Request request) {
    Upload upload = request.upload();
    if (upload == null) {
      return hex(sha256(request.body() == null ? new byte[0] : request.body()));
    }
    if (upload.bytes().isPresent()) {
      return hex(sha256(upload.bytes().get().toByteArray()));
    }
    if (!upload.replayable()) {
      throw Internals.invalidRequest(
          request.operation().describe()
              + ": AK/SK signing hashes the body, which a single stream cannot give twice;"
              + " upload from a file or a replayable source");
    }
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(upload.open(), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw Internals.invalidRequest(
          request.operation().describe() + ": cannot read the upload to sign it (" + e + ")");
    }
    return hex(digest.digest());
  }

  /** Signs a request described by its parts; {@code headers} must hold {@code X-Sdk-Date}. */
  public static Signature signature(
      String method, URI uri, Headers headers, byte @Nullable [] body, AkSkCredentials keys) {
    return signatureOfHash(
        method, uri, headers, hex(sha256(body == null ? new byte[0] : body)), keys);
  }

  /** Signs a request whose body's hex SHA-256 is {@code bodyHash}. */
  public static Signature signatureOfHash(
      String method, URI uri, Headers headers, String bodyHash, AkSkCredentials keys) {
    Map<String, String> signed = new TreeMap<>();
    signed.put("host", host(uri));
    signed.put(
        "x-sdk-date",
        headers
            .firstValue("X-Sdk-Date")
            .orElseThrow(() -> new IllegalArgumentException("X-Sdk-Date is required")));
    for (String name : OPTIONAL_SIGNED) {
      List<String> values = headers.values(name);
      if (!values.isEmpty()) {
        signed.put(name, String.join(",", values).trim());
      }
    }
    return signatureOver(method, uri, signed, bodyHash, keys.secretKey().reveal());
  }

  /**
   * Signs over exactly the headers in {@code signed} (lower-case names to their values, which
   * must hold {@code x-sdk-date}): how a server recomputes the signature of a request it received
   * over the {@code SignedHeaders} the client listed.
   */
  static Signature signatureOver(
      String method, URI uri, Map<String, String> signed, String bodyHash, String secretKey) {
    Map<String, String> sorted = new TreeMap<>(signed);
    StringBuilder canonicalHeaders = new StringBuilder();
    sorted.forEach(
        (name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
    String signedHeaders = String.join(";", sorted.keySet());
    String canonicalRequest =
        String.join(
            "\n",
            method.toUpperCase(Locale.ROOT),
            canonicalUri(uri),
            canonicalQuery(uri),
            canonicalHeaders.toString(),
            signedHeaders,
            bodyHash);
    String stringToSign =
        ALGORITHM
            + "\n"
            + sorted.get("x-sdk-date")
            + "\n"
            + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    String value = hex(hmac(secretKey, stringToSign));
    return new Signature(canonicalRequest, stringToSign, signedHeaders, value);
  }

  /** Each segment decoded and encoded again per RFC 3986; always ends with {@code /}. */
  static String canonicalUri(URI uri) {
    String raw = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    List<String> segments = new ArrayList<>();
    for (String segment : raw.split("/", -1)) {
      segments.add(UriEncoding.encode(decode(segment)));
    }
    String path = String.join("/", segments);
    path = path.startsWith("/") ? path : "/" + path;
    return path.endsWith("/") ? path : path + "/";
  }

  /** Pairs decoded, encoded again per RFC 3986, sorted by key then value, joined by {@code &}. */
  static String canonicalQuery(URI uri) {
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      pairs.add(new String[] {UriEncoding.encode(key), UriEncoding.encode(value)});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder query = new StringBuilder();
    for (String[] pair : pairs) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(pair[0]).append('=').append(pair[1]);
    }
    return query.toString();
  }

  /** The authority as the JDK client sends it in {@code Host}. */
  static String host(URI uri) {
    String host = uri.getHost();
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
            || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
    return defaultPort ? host : host + ":" + port;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] hmac(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public String toString() {
    return "AkSkSigner[credentials=<redacted>"
        + (projectId == null ? "" : ", projectId=" + projectId)
        + "]";
  }
}
