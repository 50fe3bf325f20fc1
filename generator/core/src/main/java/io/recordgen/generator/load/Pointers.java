package io.recordgen.generator.load;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * JSON pointer (RFC 6901) construction, and the facts loading reads off the pointers it builds,
 * so that later stages never parse one.
 */
final class Pointers {
  private Pointers() {}

  /** {@code parent} extended by one reference token, escaped. */
  static String child(String parent, String token) {
    return parent + '/' + escape(token);
  }

  /** {@code parent} extended by an array index. */
  static String child(String parent, int index) {
    return parent + '/' + index;
  }

  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  private static final String COMPONENT_SCHEMAS = "/components/schemas/";

  private static final String[] OWNERS = {
    "/components/parameters/",
    "/components/requestBodies/",
    "/components/responses/",
    "/components/headers/"
  };

  /**
   * The component schema whose own object is at {@code pointer} ({@code
   * /components/schemas/Pet}), or {@code null} for any other schema.
   */
  static @Nullable String componentSchema(String pointer) {
    if (!pointer.startsWith(COMPONENT_SCHEMAS)) {
      return null;
    }
    String token = pointer.substring(COMPONENT_SCHEMAS.length());
    return token.isEmpty() || token.indexOf('/') >= 0 ? null : unescape(token);
  }

  /** The component parameter, request body, response or header a schema is declared in. */
  static io.recordgen.generator.model.SchemaMeta.@Nullable Owner owner(String pointer) {
    for (String kind : OWNERS) {
      if (pointer.startsWith(kind)) {
        String rest = pointer.substring(kind.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        return new io.recordgen.generator.model.SchemaMeta.Owner(
            unescape(name), rest.endsWith("/items"));
      }
    }
    return null;
  }

  /**
   * A URI fragment percent-decoded ({@code #/components/schemas/A%20B}); a plus sign stays a
   * plus sign. Returns {@code null} when the escapes are malformed.
   */
  static @Nullable String decodeFragment(String fragment) {
    if (fragment.indexOf('%') < 0) {
      return fragment;
    }
    try {
      return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {@link #decodeFragment}, keeping the text as it is when it cannot be decoded. */
  static String decodeLeniently(String fragment) {
    String decoded = decodeFragment(fragment);
    return decoded == null ? fragment : decoded;
  }
}
