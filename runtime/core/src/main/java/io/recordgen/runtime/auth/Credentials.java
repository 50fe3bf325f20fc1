package io.recordgen.runtime.auth;

/** Names the authentication schemes share. */
final class Credentials {
  /** The header of the {@code http} schemes (RFC 9110, section 11.6.2). */
  static final String AUTHORIZATION = "Authorization";

  private Credentials() {}
}
