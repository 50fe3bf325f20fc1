package io.recordgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Encodes a JSON object as {@code application/x-www-form-urlencoded}: each property a field;
 * arrays of plain values repeat the field ({@code tag=a&tag=b}); nested objects and arrays of
 * objects use brackets ({@code card[number]=4242}, {@code items[0][id]=x}), as form-encoded
 * APIs such as Stripe's expect; {@code null} leaves the field out.
 */
public final class FormEncoding {
  private FormEncoding() {}

  /** The form body of an object. */
  public static String encode(JsonNode object) {
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      add(form, field.getKey(), field.getValue());
    }
    return form.toString();
  }

  private static void add(StringBuilder form, String key, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        add(form, key + "[" + field.getKey() + "]", field.getValue());
      }
      return;
    }
    if (value.isArray()) {
      int index = 0;
      for (JsonNode item : value) {
        if (item.isContainerNode()) {
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
    form.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
  }
}
