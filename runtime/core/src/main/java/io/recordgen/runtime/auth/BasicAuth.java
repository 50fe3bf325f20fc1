package io.recordgen.runtime.auth;

import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.RequestInterceptor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * OpenAPI's {@code http} scheme {@code basic} (RFC 7617): {@code Authorization: Basic} with the
 * user and password, UTF-8, on every operation that needs credentials.
 */
public final class BasicAuth implements RequestInterceptor {
  private final String user;
  private final Secret header;

  private BasicAuth(String user, Secret header) {
    this.user = user;
    this.header = header;
  }

  /**
   * Authenticates as {@code user}.
   *
   * @throws IllegalArgumentException when the user id contains a colon, which RFC 7617 forbids
   */
  public static BasicAuth of(String user, Secret password) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a Basic user id cannot contain ':' (RFC 7617)");
    }
    String pair = user + ":" + password.reveal();
    return new BasicAuth(
        user,
        Secret.of(
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
  }

  @Override
  public Request rewrite(Request request) {
    if (!request.operation().requiresAuth()) {
      return request;
    }
    return request.withHeader(Credentials.AUTHORIZATION, header.reveal());
  }

  @Override
  public String toString() {
    return "BasicAuth[user=" + user + ", password=<redacted>]";
  }
}
