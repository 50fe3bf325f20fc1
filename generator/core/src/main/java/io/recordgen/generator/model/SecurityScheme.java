package io.recordgen.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A security scheme under {@code #/components/securitySchemes}.
 *
 * @param name its key
 * @param type {@code apiKey}, {@code http}, {@code oauth2}, {@code openIdConnect} or {@code
 *     mutualTLS}
 * @param location for {@code apiKey}: {@code header}, {@code query} or {@code cookie}
 * @param parameterName for {@code apiKey}: the header, query or cookie name
 * @param scheme for {@code http}: such as {@code bearer}
 * @param tokenUrl for {@code oauth2}: the client credentials flow's token endpoint, when the
 *     scheme has that flow
 * @param scopes for {@code oauth2}: the client credentials flow's scopes, in spec order
 * @param docs its description
 */
public record SecurityScheme(
    String name,
    String type,
    @Nullable String location,
    @Nullable String parameterName,
    @Nullable String scheme,
    @Nullable String tokenUrl,
    List<String> scopes,
    Docs docs) {
  public SecurityScheme {
    scopes = List.copyOf(scopes);
  }
}
