package io.recordgen.contract;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a request's {@code Prefer} header asks of the stub, as Stoplight Prism reads it: {@code
 * code=404} for the response of that status, {@code example=name} for a named example, {@code
 * dynamic=true} for a value synthesized anew from the schema even where the spec has an example.
 * Preferences are separated by commas or semicolons; unknown ones are ignored, as RFC 7240 says.
 *
 * @param code the status asked for, or {@code null}
 * @param example the example asked for by name, or {@code null}
 * @param dynamic whether a synthesized value is asked for
 */
record Preferences(@Nullable Integer code, @Nullable String example, boolean dynamic) {
  static final Preferences NONE = new Preferences(null, null, false);

  static Preferences of(RecordedRequest request) {
    String header = request.header("Prefer").orElse(null);
    if (header == null) {
      return NONE;
    }
    Integer code = null;
    String example = null;
    boolean dynamic = false;
    for (String part : header.split("[,;]")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = part.substring(eq + 1).trim();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      switch (name) {
        case "code" -> code = value.matches("[1-5]\\d\\d") ? Integer.valueOf(value) : null;
        case "example" -> example = value.isEmpty() ? null : value;
        case "dynamic" -> dynamic = value.equalsIgnoreCase("true");
        default -> {}
      }
    }
    return new Preferences(code, example, dynamic);
  }
}
