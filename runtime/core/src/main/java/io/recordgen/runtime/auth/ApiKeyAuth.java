package io.recordgen.runtime.auth;

import io.recordgen.runtime.http.Request;
import io.recordgen.runtime.http.RequestInterceptor;
import io.recordgen.runtime.internal.UriEncoding;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * OpenAPI's {@code apiKey} scheme: a key under the scheme's own {@code name} in a header, the
 * query or a cookie, on every operation that needs credentials. The key is kept out of {@link
 * #toString()}; the runtime's logs show path templates, never the query.
 */
public final class ApiKeyAuth implements RequestInterceptor {
  /** Where the key goes, as the scheme's {@code in} says. */
  public enum Location {
    /** A request header. */
    HEADER,
    /** A query parameter. */
    QUERY,
    /** A cookie. */
    COOKIE
  }

  private final Location location;
  private final String name;
  private final Secret key;

  private ApiKeyAuth(Location location, String name, Secret key) {
    this.location = Objects.requireNonNull(location, "location");
    this.name = Objects.requireNonNull(name, "name");
    this.key = Objects.requireNonNull(key, "key");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an API key needs the name the scheme gives it");
    }
  }

  /** The key in header {@code name}. */
  public static ApiKeyAuth header(String name, Secret key) {
    return new ApiKeyAuth(Location.HEADER, name, key);
  }

  /** The key as query parameter {@code name}. */
  public static ApiKeyAuth query(String name, Secret key) {
    return new ApiKeyAuth(Location.QUERY, name, key);
  }

  /** The key as cookie {@code name}. */
  public static ApiKeyAuth cookie(String name, Secret key) {
    return new ApiKeyAuth(Location.COOKIE, name, key);
  }

  /** The key where {@code location} says, under {@code name}. */
  public static ApiKeyAuth of(Location location, String name, Secret key) {
    return new ApiKeyAuth(location, name, key);
  }

  @Override
  public Request rewrite(Request request) {
    if (!request.operation().requiresAuth()) {
      return request;
    }
    return switch (location) {
      case HEADER -> request.withHeader(name, key.reveal());
      case QUERY -> request.withUri(withQuery(request.uri()));
      case COOKIE -> {
        String cookie = name + "=" + key.reveal();
        String existing = request.headers().firstValue("Cookie").orElse("");
        yield request.withHeader("Cookie", existing.isEmpty() ? cookie : existing + "; " + cookie);
      }
    };
  }

  private URI withQuery(URI uri) {
    String text = uri.toString();
    int fragment = text.indexOf('#');
    String base = fragment < 0 ? text : text.substring(0, fragment);
    String pair = UriEncoding.encode(name) + "=" + UriEncoding.encode(key.reveal());
    return URI.create(base + (uri.getRawQuery() == null ? "?" : "&") + pair);
  }

  @Override
  public String toString() {
    return "ApiKeyAuth[" + location.name().toLowerCase(Locale.ROOT) + " " + name + "=<redacted>]";
  }
}
