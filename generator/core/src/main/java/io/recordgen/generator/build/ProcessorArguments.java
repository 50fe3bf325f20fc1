package io.recordgen.generator.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The annotation processor's {@code -Arecordgen.*} options as text for a {@link BuildRecord}: the
 * processor writes it from the options javac gives it, and the Maven goal that checks the record
 * writes it from the compiler plugin's arguments, so the two agree whenever the options do.
 */
public final class ProcessorArguments {
  /** The prefix of every processor option. */
  public static final String PREFIX = "recordgen.";

  private ProcessorArguments() {}

  /** Every {@code recordgen.*} option as {@code name=value;}, sorted by name. */
  public static String fingerprint(Map<String, ? extends @Nullable String> options) {
    Map<String, String> sorted = new TreeMap<>();
    options.forEach(
        (name, value) -> {
          if (name.startsWith(PREFIX)) {
            sorted.put(name, value == null ? "" : value.trim());
          }
        });
    StringBuilder out = new StringBuilder();
    sorted.forEach((name, value) -> out.append(name).append('=').append(value).append(';'));
    return out.toString();
  }

  /**
   * The {@code -A} options among compiler arguments, as javac reads them: {@code -Aname=value},
   * or {@code -Aname} without a value; a later one wins.
   */
  public static Map<String, @Nullable String> fromCompilerArguments(List<String> arguments) {
    Map<String, @Nullable String> options = new LinkedHashMap<>();
    for (String argument : arguments) {
      String trimmed = argument.trim();
      if (!trimmed.startsWith("-A") || trimmed.length() == 2) {
        continue;
      }
      String option = trimmed.substring(2);
      int equals = option.indexOf('=');
      if (equals < 0) {
        options.put(option, null);
      } else {
        options.put(option.substring(0, equals), option.substring(equals + 1));
      }
    }
    return options;
  }
}
