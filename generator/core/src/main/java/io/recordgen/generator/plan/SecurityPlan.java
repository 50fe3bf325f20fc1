package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The security schemes of a spec as one class: a constant with each scheme's name (what {@code
 * ApiClient.Builder.auth(String, Interceptor)} takes) and, where the runtime implements the
 * scheme, a factory that configures it as the spec says (an API key's header name, an OAuth 2.0
 * token URL and scopes).
 *
 * @param name the class, such as {@code SecuritySchemes}
 * @param source the spec, for documentation
 * @param schemes the schemes in spec order
 */
public record SecurityPlan(ClassName name, String source, List<Scheme> schemes)
    implements TypePlan {
  public SecurityPlan {
    schemes = List.copyOf(schemes);
  }

  /** How the runtime authenticates for a scheme. */
  public enum Kind {
    /** {@code http} {@code bearer}: {@code BearerAuth}. */
    BEARER,
    /** {@code http} {@code basic}: {@code BasicAuth}. */
    BASIC,
    /** {@code apiKey}: {@code ApiKeyAuth} in a header, the query or a cookie. */
    API_KEY,
    /** {@code oauth2} with a client credentials flow: {@code OAuth2ClientCredentials}. */
    OAUTH2_CLIENT_CREDENTIALS,
    /** Anything else: the caller passes an interceptor of their own. */
    OTHER
  }

  /**
   * One scheme.
   *
   * @param name its name in the spec
   * @param constant the constant that holds the name
   * @param factory the factory method, or {@code null} for {@link Kind#OTHER}
   * @param kind how the runtime authenticates for it
   * @param parameters the factory's parameter names, in order
   * @param location for {@link Kind#API_KEY}: the runtime's {@code ApiKeyAuth.Location} constant
   * @param parameterName for {@link Kind#API_KEY}: the header, query or cookie name
   * @param tokenUrl for {@link Kind#OAUTH2_CLIENT_CREDENTIALS}: the absolute token URL
   * @param scopes for {@link Kind#OAUTH2_CLIENT_CREDENTIALS}: the flow's scopes
   * @param summary what the spec says it is, such as {@code http bearer}, unescaped
   * @param javadoc its description, unescaped
   */
  public record Scheme(
      String name,
      String constant,
      @Nullable String factory,
      Kind kind,
      List<String> parameters,
      @Nullable String location,
      @Nullable String parameterName,
      @Nullable String tokenUrl,
      List<String> scopes,
      String summary,
      String javadoc) {
    public Scheme {
      parameters = List.copyOf(parameters);
      scopes = List.copyOf(scopes);
    }
  }
}
