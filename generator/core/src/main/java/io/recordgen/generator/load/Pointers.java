package io.recordgen.generator.load;

/** JSON pointer (RFC 6901) construction. */
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
}
