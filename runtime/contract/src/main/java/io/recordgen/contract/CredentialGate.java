package io.recordgen.contract;

import io.recordgen.runtime.auth.CredentialVerifier;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request's credentials against the operation's security requirements, as a gateway
 * would: the request passes when every scheme of one alternative accepts it. Checking is opt-in,
 * and on for every scheme once asked for or once a scheme has a {@link CredentialVerifier}: a
 * scheme with a verifier is verified by it (an AK/SK signature recomputed, say); any other only
 * needs its credential present (the API key's header, query parameter or cookie; an {@code
 * Authorization} header of the HTTP scheme; a bearer token for OAuth 2 and OpenID Connect).
 * Were the schemes without a verifier left unchecked, an alternative made of them would let
 * every request through, and verifying the others would prove nothing.
 */
final class CredentialGate {
  private final OpenAPI api;
  private final Map<String, CredentialVerifier> verifiers;
  private final boolean enabled;

  /**
   * A gate that verifies the schemes of {@code verifiers} and checks the presence of the others'
   * credentials; one that lets every request through when {@code checking} is false and there
   * are no verifiers.
   */
  CredentialGate(OpenAPI api, Map<String, CredentialVerifier> verifiers, boolean checking) {
    this.api = api;
    this.verifiers = Map.copyOf(verifiers);
    this.enabled = checking || !verifiers.isEmpty();
  }

  /** Why the request is not let through, or {@code null} when it is. */
  @Nullable String reject(Operation operation, RecordedRequest request) {
    List<SecurityRequirement> alternatives =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    if (alternatives == null || alternatives.isEmpty() || !enabled) {
      return null;
    }
    CredentialVerifier.Received received =
        new CredentialVerifier.Received(
            request.method(), request.path(), request.query(), request.headers(), request.body());
    List<String> reasons = new ArrayList<>();
    for (SecurityRequirement alternative : alternatives) {
      String reason = null;
      for (String scheme : alternative.keySet()) {
        reason = check(scheme, received, request);
        if (reason != null) {
          break;
        }
      }
      if (reason == null) {
        return null; // an empty alternative means no credentials are needed
      }
      reasons.add(reason);
    }
    return String.join("; or ", reasons);
  }

  private @Nullable String check(
      String name, CredentialVerifier.Received received, RecordedRequest request) {
    CredentialVerifier verifier = verifiers.get(name);
    if (verifier != null) {
      Optional<String> rejected = verifier.reject(received);
      return rejected.map(reason -> name + ": " + reason).orElse(null);
    }
    SecurityScheme scheme =
        api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
            ? null
            : api.getComponents().getSecuritySchemes().get(name);
    if (scheme == null || scheme.getType() == null) {
      return name + ": the spec does not define this security scheme";
    }
    return present(scheme, request) ? null : name + ": " + missing(scheme);
  }

  private static boolean present(SecurityScheme scheme, RecordedRequest request) {
    return switch (scheme.getType()) {
      case APIKEY -> apiKey(scheme, request);
      case HTTP -> authorization(request, scheme.getScheme() == null ? "" : scheme.getScheme());
      case OAUTH2, OPENIDCONNECT -> authorization(request, "bearer");
      case MUTUALTLS -> true; // the stub serves plain HTTP: there is no certificate to check
    };
  }

  private static boolean apiKey(SecurityScheme scheme, RecordedRequest request) {
    String name = scheme.getName() == null ? "" : scheme.getName();
    return switch (scheme.getIn() == null ? SecurityScheme.In.HEADER : scheme.getIn()) {
      case HEADER -> request.header(name).filter(v -> !v.isBlank()).isPresent();
      case QUERY -> request.query() != null && hasParameter(request.query(), name);
      case COOKIE -> request.header("Cookie").filter(c -> hasCookie(c, name)).isPresent();
    };
  }

  private static boolean authorization(RecordedRequest request, String scheme) {
    Optional<String> value = request.header("Authorization");
    return value.isPresent()
        && value.get().toLowerCase(Locale.ROOT).startsWith(scheme.toLowerCase(Locale.ROOT) + " ")
        && value.get().length() > scheme.length() + 1;
  }

  private static boolean hasParameter(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key =
          java.net.URLDecoder.decode(
              eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
      if (key.equals(name) && eq >= 0 && eq < pair.length() - 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCookie(String header, String name) {
    for (String cookie : header.split(";")) {
      String trimmed = cookie.trim();
      if (trimmed.startsWith(name + "=") && trimmed.length() > name.length() + 1) {
        return true;
      }
    }
    return false;
  }

  private static String missing(SecurityScheme scheme) {
    return switch (scheme.getType()) {
      case APIKEY ->
          "no "
              + scheme.getName()
              + " "
              + (scheme.getIn() == null ? "header" : scheme.getIn().toString());
      case HTTP -> "no Authorization: " + scheme.getScheme() + " credentials";
      default -> "no Authorization: Bearer token";
    };
  }
}
