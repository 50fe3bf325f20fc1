package io.recordgen.huaweicloud;

import io.recordgen.runtime.auth.Secret;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.RequestInterceptor;

/**
 * Sends a fixed token as {@code X-Auth-Token} on every operation that needs credentials, as
 * Huawei Cloud's {@code token} security scheme says.
 */
public final class StaticTokenAuth implements RequestInterceptor {
  /** The header Huawei Cloud services read the IAM token from. */
  public static final String HEADER = "X-Auth-Token";

  private final Secret token;

  private StaticTokenAuth(Secret token) {
    this.token = token;
  }

  /** Authenticates with {@code token}. */
  public static StaticTokenAuth of(Secret token) {
    return new StaticTokenAuth(token);
  }

  /** Authenticates with {@code token}. */
  public static StaticTokenAuth of(String token) {
    return new StaticTokenAuth(Secret.of(token));
  }

  @Override
  public Request rewrite(Request request) {
    if (!request.operation().requiresAuth()) {
      return request;
    }
    return request.withHeader(HEADER, token.reveal());
  }

  @Override
  public String toString() {
    return "StaticTokenAuth[token=<redacted>]";
  }
}
