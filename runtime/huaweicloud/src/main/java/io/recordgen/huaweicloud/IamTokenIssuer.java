package io.recordgen.huaweicloud;

import io.recordgen.runtime.auth.CredentialVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IAM side of token authentication, for a stub of a Huawei Cloud API: issues a token for a
 * user whose name and password it knows ({@code POST /v3/auth/tokens} answers it in {@code
 * X-Subject-Token}, valid for 24 hours), and as a {@link CredentialVerifier} accepts exactly the
 * tokens it issued and has not seen expire, in the header the token scheme names.
 */
public final class IamTokenIssuer implements CredentialVerifier {
  /** How long an issued token is valid, as IAM's are. */
  public static final Duration VALIDITY = Duration.ofHours(24);

  private final Map<String, String> passwords;
  private final String header;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> issued = new ConcurrentHashMap<>();

  private IamTokenIssuer(Map<String, String> passwords, String header, Clock clock) {
    this.passwords = Map.copyOf(passwords);
    this.header = header;
    this.clock = clock;
  }

  /**
   * An issuer for these users (name to password), whose tokens are sent in {@code header}.
   */
  public static IamTokenIssuer of(Map<String, String> passwords, String header) {
    return new IamTokenIssuer(passwords, header, Clock.systemUTC());
  }

  /** A copy that reads the time from {@code value}, for tests. */
  public IamTokenIssuer withClock(Clock value) {
    return new IamTokenIssuer(passwords, header, value);
  }

  /**
   * A token issued now.
   *
   * @param value the token
   * @param expiresAt when it expires
   */
  public record Token(String value, Instant expiresAt) {
    @Override
    public String toString() {
      return "Token[expiresAt=" + expiresAt + "]";
    }
  }

  /** A new token for the user, or empty when the name or password is wrong. */
  public Optional<Token> issue(String user, String password) {
    String known = passwords.get(user);
    if (known == null
        || !MessageDigest.isEqual(
            known.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String value = "MII" + HexFormat.of().formatHex(bytes);
    Instant expiresAt = clock.instant().plus(VALIDITY);
    issued.put(value, expiresAt);
    return Optional.of(new Token(value, expiresAt));
  }

  @Override
  public Optional<String> reject(Received request) {
    List<String> values = request.header(header);
    if (values.isEmpty() || values.get(0).isBlank()) {
      return Optional.of("no " + header + " header");
    }
    Instant expiresAt = issued.get(values.get(0).trim());
    if (expiresAt == null) {
      return Optional.of("the token in " + header + " was not issued by this IAM");
    }
    return clock.instant().isBefore(expiresAt)
        ? Optional.empty()
        : Optional.of("the token in " + header + " has expired");
  }

  @Override
  public String toString() {
    return "IamTokenIssuer[" + passwords.size() + " users, " + issued.size() + " tokens]";
  }
}
