package io.recordgen.runtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding per RFC 3986: everything but the unreserved characters ({@code A-Z a-z 0-9 -
 * . _ ~}) becomes {@code %XX} of its UTF-8 bytes. A space is {@code %20} and a plus sign {@code
 * %2B}, in paths and queries alike, so a {@code +0800} offset reaches the server intact.
 */
public final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /** Encodes text so that it is exactly one path segment or one query key or value. */
  public static String encode(String text) {
    int i = 0;
    while (i < text.length() && isUnreserved(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, i);
    byte[] bytes = text.substring(i).getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  /** Whether {@code c} is an RFC 3986 unreserved character. */
  public static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
