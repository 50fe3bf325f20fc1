package io.recordgen.generator.model;

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
 * @param docs its description
 */
public record SecurityScheme(
    String name,
    String type,
    @Nullable String location,
    @Nullable String parameterName,
    @Nullable String scheme,
    Docs docs) {}
