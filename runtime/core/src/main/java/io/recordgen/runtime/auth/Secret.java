package io.recordgen.runtime.auth;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A credential that never shows itself: {@link #toString()} is {@code <redacted>}, so a secret
 * that ends up in a log line, a {@code toString()} or an exception message reveals nothing.
 */
public final class Secret {
  private final Supplier<String> value;

  private Secret(Supplier<String> value) {
    this.value = value;
  }

  /** Wraps a secret value. */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    return new Secret(() -> value);
  }

  /** A secret read when needed, for example from an environment variable that may rotate. */
  public static Secret from(Supplier<String> supplier) {
    return new Secret(Objects.requireNonNull(supplier, "supplier"));
  }

  /** The secret itself; call only where it is sent or used to sign. */
  public String reveal() {
    String secret = value.get();
    if (secret == null || secret.isEmpty()) {
      throw new IllegalStateException("the secret is empty");
    }
    return secret;
  }

  @Override
  public String toString() {
    return "<redacted>";
  }
}
