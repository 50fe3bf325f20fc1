package io.recordgen.huaweicloud;

import io.recordgen.runtime.auth.Secret;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An access key and secret key, with the security token that temporary credentials carry.
 *
 * @param accessKey the access key id (AK), not secret
 * @param secretKey the secret key (SK)
 * @param securityToken the security token of temporary credentials, if any
 */
public record AkSkCredentials(String accessKey, Secret secretKey, @Nullable Secret securityToken) {
  public AkSkCredentials {
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
  }

  /** Permanent credentials. */
  public static AkSkCredentials of(String accessKey, String secretKey) {
    return new AkSkCredentials(accessKey, Secret.of(secretKey), null);
  }

  /** Temporary credentials with their security token. */
  public static AkSkCredentials temporary(String accessKey, String secretKey, String token) {
    return new AkSkCredentials(accessKey, Secret.of(secretKey), Secret.of(token));
  }

  @Override
  public String toString() {
    return "AkSkCredentials[accessKey="
        + accessKey
        + ", secretKey=<redacted>"
        + (securityToken == null ? "" : ", securityToken=<redacted>")
        + "]";
  }
}
