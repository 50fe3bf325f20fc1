package io.recordgen.runtime.auth;

import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.RequestInterceptor;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * OpenAPI's {@code http} scheme {@code bearer} (RFC 6750): {@code Authorization: Bearer <token>}
 * on every operation that needs credentials. The token comes from a supplier asked on every call,
 * so a supplier that refreshes (or reads a file that another process renews) is used as it is.
 */
public final class BearerAuth implements RequestInterceptor {
  private final Supplier<Secret> tokens;

  private BearerAuth(Supplier<Secret> tokens) {
    this.tokens = tokens;
  }

  /** Always sends {@code token}. */
  public static BearerAuth of(Secret token) {
    Objects.requireNonNull(token, "token");
    return new BearerAuth(() -> token);
  }

  /** Sends the token {@code tokens} gives, asked once per call (retries included). */
  public static BearerAuth of(Supplier<Secret> tokens) {
    return new BearerAuth(Objects.requireNonNull(tokens, "tokens"));
  }

  @Override
  public Request rewrite(Request request) {
    if (!request.operation().requiresAuth()) {
      return request;
    }
    Secret token = Objects.requireNonNull(tokens.get(), "the token supplier gave null");
    return request.withHeader(Credentials.AUTHORIZATION, "Bearer " + token.reveal());
  }

  @Override
  public String toString() {
    return "BearerAuth[token=<redacted>]";
  }
}
