package io.recordgen.runtime.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * OpenAPI's {@code oauth2} scheme with the client credentials flow (RFC 6749, section 4.4): the
 * provider asks the token endpoint for an access token, sends it as {@code Authorization: Bearer}
 * on every operation that needs credentials, keeps it until shortly before it expires (one minute
 * by default), and refreshes it in a single flight; after a 401 the token is replaced once and
 * the request resent once. The client authenticates to the token endpoint with HTTP Basic
 * ({@code client_secret_basic}, the default) or with its id and secret in the form ({@code
 * client_secret_post}).
 *
 * <p>Neither {@link #toString()} nor any message shows the client secret or a token.
 */
public final class OAuth2ClientCredentials implements AsyncInterceptor {
  /** How the client authenticates to the token endpoint (RFC 6749, section 2.3.1). */
  public enum ClientAuthentication {
    /** The id and secret as HTTP Basic credentials, form-encoded first. */
    BASIC,
    /** The id and secret as {@code client_id} and {@code client_secret} in the form. */
    FORM
  }

  private record TokenResponse(
      @JsonProperty("access_token") @Nullable String accessToken,
      @JsonProperty("token_type") @Nullable String tokenType,
      @JsonProperty("expires_in") @Nullable Long expiresIn) {}

  private final ApiClient tokenClient;
  private final OperationSpec tokenOperation;
  private final List<String[]> tokenQuery;
  private final String clientId;
  private final Secret clientSecret;
  private final List<String> scopes;
  private final ClientAuthentication authentication;
  private final Duration lifetimeWhenUnstated;
  private final Clock clock;
  private final TokenCache cache;

  private OAuth2ClientCredentials(Builder builder) {
    URI url = Objects.requireNonNull(builder.tokenUrl, "tokenUrl is required");
    if (!url.isAbsolute() || url.getRawAuthority() == null) {
      throw new IllegalArgumentException("the token URL must be absolute: " + url);
    }
    this.tokenClient =
        builder.tokenClient != null
            ? builder.tokenClient
            : ApiClient.builder()
                .endpoint(URI.create(url.getScheme() + "://" + url.getRawAuthority()))
                .build();
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    this.tokenOperation =
        OperationSpec.of("oauth2Token", "POST", path.replace("{", "%7B").replace("}", "%7D"))
            .withIdempotent(true);
    this.tokenQuery = query(url.getRawQuery());
    this.clientId = Objects.requireNonNull(builder.clientId, "clientId is required");
    this.clientSecret = Objects.requireNonNull(builder.clientSecret, "clientSecret is required");
    this.scopes = List.copyOf(builder.scopes);
    this.authentication = builder.authentication;
    this.lifetimeWhenUnstated = builder.lifetimeWhenUnstated;
    this.clock = builder.clock;
    this.cache =
        new TokenCache(
            () -> token(tokenClient.execute(call())),
            () ->
                tokenClient
                    .exchangeAsync(call(), CallOptions.none())
                    .thenApply(response -> token(response.body())),
            builder.refreshAhead,
            builder.pauseAfterFailure,
            clock);
  }

  /** Starts configuring a provider. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Response intercept(Chain chain) {
    return cache.intercept(chain, OAuth2ClientCredentials::withToken);
  }

  @Override
  public CompletableFuture<Response> interceptAsync(Chain chain) {
    return cache.interceptAsync(chain, OAuth2ClientCredentials::withToken);
  }

  private static Request withToken(Request request, Secret token) {
    return request.withHeader(Credentials.AUTHORIZATION, "Bearer " + token.reveal());
  }

  /** A valid access token, fetched or refreshed first when needed. */
  public Secret token() {
    return cache.current().value();
  }

  private ApiCall<TokenResponse> call() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    if (!scopes.isEmpty()) {
      form.put("scope", String.join(" ", scopes));
    }
    ApiCall.Builder<TokenResponse> call =
        ApiCall.builder(tokenOperation, ResponseType.of(TokenResponse.class))
            .header("Accept", "application/json");
    for (String[] pair : tokenQuery) {
      call.query(pair[0], pair[1]);
    }
    if (authentication == ClientAuthentication.BASIC) {
      String pair = formEncode(clientId) + ":" + formEncode(clientSecret.reveal());
      call.header(
          Credentials.AUTHORIZATION,
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    } else {
      form.put("client_id", clientId);
      form.put("client_secret", clientSecret.reveal());
    }
    call.body(form, "application/x-www-form-urlencoded");
    return call.build();
  }

  private TokenCache.Token token(@Nullable TokenResponse body) {
    String where = tokenOperation.describe();
    if (body == null || body.accessToken() == null || body.accessToken().isEmpty()) {
      throw Internals.decoding(where + ": the token response has no access_token");
    }
    if (body.tokenType() != null && !body.tokenType().equalsIgnoreCase("bearer")) {
      throw Internals.decoding(
          where + ": token_type " + body.tokenType().toLowerCase(Locale.ROOT) + " is not bearer");
    }
    Duration lifetime =
        body.expiresIn() != null && body.expiresIn() > 0
            ? Duration.ofSeconds(body.expiresIn())
            : lifetimeWhenUnstated;
    return new TokenCache.Token(Secret.of(body.accessToken()), clock.instant().plus(lifetime));
  }

  /** The token URL's own query parameters, decoded, which go with every token request. */
  private static List<String[]> query(@Nullable String raw) {
    List<String[]> pairs = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return pairs;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      pairs.add(
          new String[] {
            java.net.URLDecoder.decode(name, StandardCharsets.UTF_8),
            java.net.URLDecoder.decode(value, StandardCharsets.UTF_8)
          });
    }
    return pairs;
  }

  /** RFC 6749, appendix B: the id and secret are form-encoded before Basic encoding. */
  private static String formEncode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OAuth2ClientCredentials[client="
        + clientId
        + ", token="
        + tokenOperation.pathTemplate()
        + ", scopes="
        + scopes
        + "]";
  }

  /** Configures an {@link OAuth2ClientCredentials} provider. */
  public static final class Builder {
    private @Nullable URI tokenUrl;
    private @Nullable ApiClient tokenClient;
    private @Nullable String clientId;
    private @Nullable Secret clientSecret;
    private final List<String> scopes = new ArrayList<>();
    private ClientAuthentication authentication = ClientAuthentication.BASIC;
    private Duration refreshAhead = Duration.ofMinutes(1);
    private Duration pauseAfterFailure = Duration.ofSeconds(30);
    private Duration lifetimeWhenUnstated = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The token endpoint, the flow's {@code tokenUrl} in the spec. */
    public Builder tokenUrl(URI value) {
      this.tokenUrl = Objects.requireNonNull(value);
      return this;
    }

    /** The client that calls the token endpoint, for its timeouts or transport. */
    public Builder tokenClient(ApiClient value) {
      this.tokenClient = Objects.requireNonNull(value);
      return this;
    }

    /** The client's id and secret. */
    public Builder client(String id, Secret secret) {
      this.clientId = Objects.requireNonNull(id);
      this.clientSecret = Objects.requireNonNull(secret);
      return this;
    }

    /** Scopes to ask for, sent space-separated; none by default. */
    public Builder scopes(String... values) {
      for (String value : values) {
        scopes.add(Objects.requireNonNull(value));
      }
      return this;
    }

    /** How the client authenticates to the token endpoint (default {@code BASIC}). */
    public Builder clientAuthentication(ClientAuthentication value) {
      this.authentication = Objects.requireNonNull(value);
      return this;
    }

    /** How long before expiry a token is replaced (default one minute). */
    public Builder refreshAhead(Duration value) {
      this.refreshAhead = Objects.requireNonNull(value);
      return this;
    }

    /** How long to keep the old token after a failed refresh before trying again. */
    public Builder pauseAfterFailure(Duration value) {
      this.pauseAfterFailure = Objects.requireNonNull(value);
      return this;
    }

    /** How long a token is kept when the response has no {@code expires_in} (5 minutes). */
    public Builder lifetimeWhenUnstated(Duration value) {
      this.lifetimeWhenUnstated = Objects.requireNonNull(value);
      return this;
    }

    /** The clock expiry is measured on. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** The provider. */
    public OAuth2ClientCredentials build() {
      return new OAuth2ClientCredentials(this);
    }
  }
}
