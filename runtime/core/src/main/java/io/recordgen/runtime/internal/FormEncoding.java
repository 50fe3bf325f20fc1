package io.recordgen.runtime.internal;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Encodes a JSON object as {@code application/x-www-form-urlencoded}: each property a field;
 * arrays of plain values repeat the field ({@code tag=a&tag=b}); nested objects and arrays of
 * objects use brackets ({@code card[number]=4242}, {@code items[0][id]=x}), as form-encoded
 * APIs such as Stripe's expect; {@code null} leaves the field out.
 */
public final class FormEncoding {
  private FormEncoding() {}

  /** The form body of an object, as plain JSON ({@code JsonCodec.toPlain}). */
  public static String encode(@Nullable Object object) {
    StringBuilder form = new StringBuilder();
    if (object instanceof Map<?, ?> fields) {
      for (Map.Entry<?, ?> field : fields.entrySet()) {
        add(form, String.valueOf(field.getKey()), field.getValue());
      }
    }
    return form.toString();
  }

  private static void add(StringBuilder form, String key, @Nullable Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> fields) {
      for (Map.Entry<?, ?> field : fields.entrySet()) {
        add(form, key + "[" + field.getKey() + "]", field.getValue());
      }
      return;
    }
    if (value instanceof List<?> items) {
      int index = 0;
      for (Object item : items) {
        if (item instanceof Map<?, ?> || item instanceof List<?>) {
          add(form, key + "[" + index + "]", item);
        } else {
          add(form, key, item);
        }
        index++;
      }
      return;
    }
    if (form.length() > 0) {
      form.append('&');
    }
    String text =
        value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    form.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(text, StandardCharsets.UTF_8));
  }
}
