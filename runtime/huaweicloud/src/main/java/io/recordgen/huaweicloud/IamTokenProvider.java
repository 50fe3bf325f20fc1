package io.recordgen.huaweicloud;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.recordgen.runtime.ApiClient;
import io.recordgen.runtime.ApiResponse;
import io.recordgen.runtime.CallOptions;
import io.recordgen.runtime.auth.Secret;
import io.recordgen.runtime.auth.TokenCache;
import io.recordgen.runtime.http.AsyncInterceptor;
import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.Response;
import io.recordgen.runtime.internal.DateTimes;
import io.recordgen.runtime.support.ApiCall;
import io.recordgen.runtime.support.Internals;
import io.recordgen.runtime.support.OperationSpec;
import io.recordgen.runtime.support.ResponseType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates with IAM tokens it obtains itself: {@code POST {iam}/v3/auth/tokens} with a
 * password identity scoped to a project; the token is read from {@code X-Subject-Token} and its
 * expiry from {@code token.expires_at}.
 *
 * <ul>
 *   <li>The token is cached and refreshed ahead of expiry (15 minutes by default) in a single
 *       flight: however many callers need a new token at once, one IAM request is made and all
 *       of them wait for it.
 *   <li>When a refresh fails while the old token is still valid, the old one is used, and the
 *       next refresh is tried after a pause (30 seconds by default) rather than on every call.
 *   <li>When the service answers 401, the token is refreshed once and the request resent once.
 * </ul>
 *
 * <p>Neither {@link #toString()} nor any message shows the password or a token.
 */
public final class IamTokenProvider implements AsyncInterceptor {
  private static final OperationSpec CREATE_TOKEN =
      OperationSpec.of("createIamToken", "POST", "/v3/auth/tokens").withIdempotent(true);

  private record TokenBody(@JsonProperty("token") @Nullable TokenInfo token) {}

  private record TokenInfo(@JsonProperty("expires_at") @Nullable String expiresAt) {}

  private final ApiClient iam;
  private final String userName;
  private final Secret password;
  private final String domainName;
  private final Map<String, Object> scope;
  private final TokenCache cache;

  private IamTokenProvider(Builder builder) {
    this.iam = Objects.requireNonNull(builder.iam, "iamEndpoint is required");
    this.userName = Objects.requireNonNull(builder.userName, "userName is required");
    this.password = Objects.requireNonNull(builder.password, "password is required");
    this.domainName = Objects.requireNonNull(builder.domainName, "domainName is required");
    this.scope = Objects.requireNonNull(builder.scope, "projectId or projectName is required");
    this.cache =
        new TokenCache(
            () -> token(iam.exchange(call())),
            () -> iam.exchangeAsync(call(), CallOptions.none()).thenApply(this::token),
            builder.refreshAhead,
            builder.pauseAfterFailure,
            builder.clock);
  }

  /** Starts configuring a provider. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Response intercept(Chain chain) {
    return cache.intercept(chain, IamTokenProvider::withToken);
  }

  @Override
  public CompletableFuture<Response> interceptAsync(Chain chain) {
    return cache.interceptAsync(chain, IamTokenProvider::withToken);
  }

  private static Request withToken(Request request, Secret token) {
    return request.withHeader(StaticTokenAuth.HEADER, token.reveal());
  }

  /** A valid token, refreshed first when it is close to expiry. */
  public String token() {
    return cache.current().value().reveal();
  }

  private ApiCall<TokenBody> call() {
    Map<String, Object> body =
        Map.of(
            "auth",
            Map.of(
                "identity",
                Map.of(
                    "methods", List.of("password"),
                    "password",
                        Map.of(
                            "user",
                            Map.of(
                                "name", userName,
                                "password", password.reveal(),
                                "domain", Map.of("name", domainName)))),
                "scope",
                scope));
    return ApiCall.builder(CREATE_TOKEN, ResponseType.of(TokenBody.class)).body(body).build();
  }

  private TokenCache.Token token(ApiResponse<TokenBody> response) {
    String value = response.headers().firstValue("X-Subject-Token").orElse("");
    TokenInfo info = response.body().token();
    if (value.isBlank() || info == null || info.expiresAt() == null) {
      throw Internals.decoding(
          CREATE_TOKEN.describe()
              + ": the response has no X-Subject-Token header or no token.expires_at");
    }
    try {
      return new TokenCache.Token(
          Secret.of(value), DateTimes.parseOffsetDateTime(info.expiresAt()).toInstant());
    } catch (DateTimeParseException e) {
      throw Internals.decoding(CREATE_TOKEN.describe() + ": token.expires_at is not a time", e);
    }
  }

  @Override
  public String toString() {
    return "IamTokenProvider[user="
        + userName
        + ", domain="
        + domainName
        + ", iam="
        + iam.endpoint()
        + "]";
  }

  /** Configures an {@link IamTokenProvider}. */
  public static final class Builder {
    private @Nullable ApiClient iam;
    private @Nullable String userName;
    private @Nullable Secret password;
    private @Nullable String domainName;
    private @Nullable Map<String, Object> scope;
    private Duration refreshAhead = Duration.ofMinutes(15);
    private Duration pauseAfterFailure = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The IAM endpoint, such as {@code https://iam.cn-north-4.myhuaweicloud.com}. */
    public Builder iamEndpoint(URI value) {
      this.iam = ApiClient.builder().endpoint(value).build();
      return this;
    }

    /** The IAM client to use, for its timeouts or transport. */
    public Builder iamClient(ApiClient value) {
      this.iam = Objects.requireNonNull(value);
      return this;
    }

    /** The IAM user and its account (domain). */
    public Builder user(String name, Secret secret, String domain) {
      this.userName = Objects.requireNonNull(name);
      this.password = Objects.requireNonNull(secret);
      this.domainName = Objects.requireNonNull(domain);
      return this;
    }

    /** Scopes tokens to the project with this id. */
    public Builder projectId(String value) {
      this.scope = Map.of("project", Map.of("id", value));
      return this;
    }

    /** Scopes tokens to the project with this name, such as {@code cn-north-4}. */
    public Builder projectName(String value) {
      this.scope = Map.of("project", Map.of("name", value));
      return this;
    }

    /** How long before expiry a token is replaced (default 15 minutes). */
    public Builder refreshAhead(Duration value) {
      this.refreshAhead = Objects.requireNonNull(value);
      return this;
    }

    /** How long to keep the old token after a failed refresh before trying again. */
    public Builder pauseAfterFailure(Duration value) {
      this.pauseAfterFailure = Objects.requireNonNull(value);
      return this;
    }

    /** The clock expiry is measured on. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** The provider. */
    public IamTokenProvider build() {
      return new IamTokenProvider(this);
    }
  }
}
