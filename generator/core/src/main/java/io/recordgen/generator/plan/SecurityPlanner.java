package io.recordgen.generator.plan;

import com.palantir.javapoet.ClassName;
import io.recordgen.generator.model.ApiSpec;
import io.recordgen.generator.model.SecurityScheme;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Plans the class of a spec's security schemes: which of the runtime's authentications each
 * scheme maps to, and every name in it.
 */
final class SecurityPlanner {
  private SecurityPlanner() {}

  /** The plan, or {@code null} when the spec declares no security scheme. */
  static @Nullable SecurityPlan plan(
      ApiSpec spec, String apiPackage, NameScope apiTypes, String source) {
    if (spec.securitySchemes().isEmpty()) {
      return null;
    }
    ClassName name = ClassName.get(apiPackage, apiTypes.allocate("SecuritySchemes"));
    NameScope fields = NameScope.members(TypeNames.OBJECT_METHODS);
    NameScope methods = NameScope.members(TypeNames.OBJECT_METHODS);
    List<SecurityPlan.Scheme> schemes = new ArrayList<>();
    for (SecurityScheme scheme : spec.securitySchemes()) {
      schemes.add(scheme(scheme, fields, methods));
    }
    return new SecurityPlan(name, source, schemes);
  }

  private static SecurityPlan.Scheme scheme(
      SecurityScheme scheme, NameScope fields, NameScope methods) {
    String constant = fields.allocate(Naming.constantName(scheme.name()));
    String type = scheme.type();
    String http = scheme.scheme() == null ? "" : scheme.scheme().toLowerCase(Locale.ROOT);
    String in = scheme.location() == null ? "" : scheme.location().toLowerCase(Locale.ROOT);
    String key = scheme.parameterName();
    SecurityPlan.Kind kind;
    List<String> parameters;
    String location = null;
    if (type.equals("http") && http.equals("bearer")) {
      kind = SecurityPlan.Kind.BEARER;
      parameters = List.of("token");
    } else if (type.equals("http") && http.equals("basic")) {
      kind = SecurityPlan.Kind.BASIC;
      parameters = List.of("user", "password");
    } else if (type.equals("apiKey")
        && key != null
        && !key.isEmpty()
        && (in.equals("header") || in.equals("query") || in.equals("cookie"))) {
      kind = SecurityPlan.Kind.API_KEY;
      parameters = List.of("key");
      location = in.toUpperCase(Locale.ROOT);
    } else if (type.equals("oauth2") && absolute(scheme.tokenUrl())) {
      kind = SecurityPlan.Kind.OAUTH2_CLIENT_CREDENTIALS;
      parameters = List.of("clientId", "clientSecret");
    } else {
      kind = SecurityPlan.Kind.OTHER;
      parameters = List.of();
    }
    String factory =
        kind == SecurityPlan.Kind.OTHER ? null : methods.allocate(Naming.memberName(scheme.name()));
    return new SecurityPlan.Scheme(
        scheme.name(),
        constant,
        factory,
        kind,
        parameters,
        location,
        kind == SecurityPlan.Kind.API_KEY ? key : null,
        kind == SecurityPlan.Kind.OAUTH2_CLIENT_CREDENTIALS ? scheme.tokenUrl() : null,
        kind == SecurityPlan.Kind.OAUTH2_CLIENT_CREDENTIALS ? scheme.scopes() : List.of(),
        summary(scheme),
        DocText.of(scheme.docs()));
  }

  private static String summary(SecurityScheme scheme) {
    StringBuilder text = new StringBuilder(scheme.type());
    if (scheme.scheme() != null) {
      text.append(' ').append(scheme.scheme());
    }
    if (scheme.location() != null && scheme.parameterName() != null) {
      text.append(" in ").append(scheme.location()).append(' ').append(scheme.parameterName());
    }
    if (scheme.tokenUrl() != null) {
      text.append(", client credentials at ").append(scheme.tokenUrl());
    }
    return text.toString();
  }

  /** Whether the text is an absolute http(s) URI that {@code URI.create} takes. */
  private static boolean absolute(@Nullable String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return uri.getRawAuthority() != null && (scheme.equals("http") || scheme.equals("https"));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
