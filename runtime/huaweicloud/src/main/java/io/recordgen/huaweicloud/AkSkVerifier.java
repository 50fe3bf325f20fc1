package io.recordgen.huaweicloud;

import io.recordgen.runtime.auth.CredentialVerifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies {@code SDK-HMAC-SHA256} signatures the way Huawei Cloud's API gateway does: the
 * signature is recomputed from the request as received, over the {@code SignedHeaders} the client
 * listed (which must include {@code host} and {@code x-sdk-date}), with the secret key of the
 * access key it names; an unknown access key, a wrong signature, or an {@code X-Sdk-Date} more
 * than 15 minutes from the server's clock is rejected. Signatures are compared in constant time.
 */
public final class AkSkVerifier implements CredentialVerifier {
  /** How far {@code X-Sdk-Date} may be from the server's clock. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          AkSkSigner.ALGORITHM
              + "\\s+Access=([^,\\s]+)\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([0-9a-fA-F]+)");

  private final Map<String, String> secrets;
  private final Clock clock;

  private AkSkVerifier(Map<String, String> secrets, Clock clock) {
    this.secrets = Map.copyOf(secrets);
    this.clock = clock;
  }

  /** Accepts requests signed with any of these key pairs. */
  public static AkSkVerifier of(List<AkSkCredentials> keys) {
    Map<String, String> secrets = new HashMap<>();
    for (AkSkCredentials key : keys) {
      secrets.put(key.accessKey(), key.secretKey().reveal());
    }
    return new AkSkVerifier(secrets, Clock.systemUTC());
  }

  /** Accepts requests signed with this key pair. */
  public static AkSkVerifier of(AkSkCredentials key) {
    return of(List.of(key));
  }

  /** A copy that reads the time from {@code value}, for tests. */
  public AkSkVerifier withClock(Clock value) {
    return new AkSkVerifier(secrets, value);
  }

  @Override
  public Optional<String> reject(Received request) {
    List<String> authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
      return Optional.of("no Authorization header; sign the request with " + AkSkSigner.ALGORITHM);
    }
    Matcher matcher = AUTHORIZATION.matcher(authorization.get(0).trim());
    if (!matcher.matches()) {
      return Optional.of(
          "the Authorization header is not an " + AkSkSigner.ALGORITHM + " signature");
    }
    String secret = secrets.get(matcher.group(1));
    if (secret == null) {
      return Optional.of("the access key " + matcher.group(1) + " is unknown");
    }
    List<String> names = Arrays.asList(matcher.group(2).toLowerCase(Locale.ROOT).split(";"));
    if (!names.contains("host") || !names.contains("x-sdk-date")) {
      return Optional.of("SignedHeaders must include host and x-sdk-date");
    }
    Map<String, String> signed = new HashMap<>();
    for (String name : names) {
      List<String> values = request.header(name);
      if (values.isEmpty()) {
        return Optional.of("the signed header " + name + " is missing");
      }
      signed.put(name, String.join(",", values).trim());
    }
    Optional<String> date = checkDate(signed.get("x-sdk-date"));
    if (date.isPresent()) {
      return date;
    }
    URI uri;
    try {
      uri =
          new URI(
              "http://"
                  + signed.get("host")
                  + request.rawPath()
                  + (request.rawQuery() == null ? "" : "?" + request.rawQuery()));
    } catch (URISyntaxException e) {
      return Optional.of("the request target cannot be read: " + e.getMessage());
    }
    String bodyHash = AkSkSigner.hex(AkSkSigner.sha256(request.body()));
    String expected =
        AkSkSigner.signatureOver(request.method(), uri, signed, bodyHash, secret).value();
    boolean same =
        MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            matcher.group(3).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    return same ? Optional.empty() : Optional.of("the signature does not match the request");
  }

  private Optional<String> checkDate(String value) {
    Instant signedAt;
    try {
      signedAt = Instant.from(AkSkSigner.SDK_DATE.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.of("X-Sdk-Date \"" + value + "\" is not yyyyMMdd'T'HHmmss'Z'");
    }
    Duration skew = Duration.between(signedAt, clock.instant()).abs();
    return skew.compareTo(MAX_SKEW) > 0
        ? Optional.of("X-Sdk-Date is " + skew.toMinutes() + " minutes from the server's clock")
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "AkSkVerifier[" + secrets.size() + " keys]";
  }
}
