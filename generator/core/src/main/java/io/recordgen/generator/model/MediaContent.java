package io.recordgen.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One media type of a body.
 *
 * @param mediaType such as {@code application/json}
 * @param schema its schema, if given
 * @param examples its examples in spec order
 * @param pointer the JSON pointer of the media type object
 */
public record MediaContent(
    String mediaType, @Nullable Schema schema, List<Example> examples, String pointer) {
  public MediaContent {
    examples = List.copyOf(examples);
  }

  /** Whether the media type is JSON ({@code application/json} or {@code +json}). */
  public boolean isJson() {
    String type = mediaType.toLowerCase(java.util.Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon).trim();
    }
    return type.equals("application/json")
        || type.endsWith("+json")
        || type.equals("*/*")
        || type.equals("application/*");
  }
}
