package io.recordgen.processor;

import io.recordgen.generator.build.ProcessorArguments;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.load.LoadOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The processor's {@code -Arecordgen.*} options, read once per compilation: a bad value is an
 * {@code RG042} diagnostic with the option's name, never an exception.
 *
 * @param specRoot the folder specs are read from when they are not on the class path
 * @param load the limits and the external-reference allowlist
 * @param warningsAsNotes whether warnings are printed as notes (for {@code -Werror} builds)
 * @param verbose whether every note is printed, rather than one summary per spec
 * @param strict whether a spec defect with one safe reading is an error rather than a warning
 * @param config the configuration file for elements whose annotation names none, found like a
 *     spec
 * @param fingerprint every {@code recordgen.*} option as given, sorted, for the build record
 * @param problems what was wrong with the given values
 */
record ProcessorOptions(
    @Nullable String specRoot,
    LoadOptions load,
    boolean warningsAsNotes,
    boolean verbose,
    boolean strict,
    @Nullable String config,
    String fingerprint,
    List<Diagnostic> problems) {

  static final String PREFIX = ProcessorArguments.PREFIX;
  static final String SPEC_ROOT = PREFIX + "specRoot";
  static final String MAX_SPEC_BYTES = PREFIX + "maxSpecBytes";
  static final String MAX_DEPTH = PREFIX + "maxDepth";
  static final String MAX_YAML_ALIASES = PREFIX + "maxYamlAliases";
  static final String EXTERNAL_REF_ALLOWLIST = PREFIX + "externalRefAllowlist";
  static final String WARNINGS_AS_NOTES = PREFIX + "warningsAsNotes";
  static final String VERBOSE = PREFIX + "verbose";
  static final String STRICT = PREFIX + "strict";
  static final String CONFIG = PREFIX + "config";

  static final Set<String> NAMES =
      Set.of(
          SPEC_ROOT,
          MAX_SPEC_BYTES,
          MAX_DEPTH,
          MAX_YAML_ALIASES,
          EXTERNAL_REF_ALLOWLIST,
          WARNINGS_AS_NOTES,
          VERBOSE,
          STRICT,
          CONFIG);

  ProcessorOptions {
    problems = List.copyOf(problems);
  }

  /** Reads the options javac was given. */
  static ProcessorOptions read(Map<String, String> given) {
    List<Diagnostic> problems = new ArrayList<>();
    LoadOptions defaults = LoadOptions.defaults();
    long maxBytes =
        number(given, MAX_SPEC_BYTES, defaults.maxBytes(), Long::parseLong, 1, problems);
    int maxDepth =
        (int) number(given, MAX_DEPTH, defaults.maxDepth(), Long::parseLong, 1, problems);
    int maxAliases =
        (int)
            number(
                given, MAX_YAML_ALIASES, defaults.maxYamlAliases(), Long::parseLong, 0, problems);
    List<String> allowlist = List.of();
    String prefixes = given.get(EXTERNAL_REF_ALLOWLIST);
    if (prefixes != null) {
      allowlist =
          Arrays.stream(prefixes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    LoadOptions load =
        defaults
            .withMaxBytes(maxBytes)
            .withMaxDepth(maxDepth)
            .withMaxYamlAliases(maxAliases)
            .withExternalRefAllowlist(allowlist);
    String specRoot = given.get(SPEC_ROOT);
    if (specRoot != null && specRoot.isBlank()) {
      problems.add(
          new Diagnostic(
              Code.OPTION_INVALID,
              "",
              "-A" + SPEC_ROOT + " is empty; name a folder, or leave it out"));
      specRoot = null;
    }
    return new ProcessorOptions(
        specRoot,
        load,
        flag(given, WARNINGS_AS_NOTES, problems),
        flag(given, VERBOSE, problems),
        flag(given, STRICT, problems),
        blankIsNull(given.get(CONFIG)),
        ProcessorArguments.fingerprint(given),
        problems);
  }

  private static long number(
      Map<String, String> given,
      String name,
      long fallback,
      Function<String, Long> parse,
      long least,
      List<Diagnostic> problems) {
    String text = given.get(name);
    if (text == null) {
      return fallback;
    }
    long value;
    try {
      value = parse.apply(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      problems.add(invalid(name, text, "a whole number"));
      return fallback;
    }
    long most = name.equals(MAX_SPEC_BYTES) ? Long.MAX_VALUE : Integer.MAX_VALUE;
    if (value < least || value > most) {
      problems.add(invalid(name, text, "a whole number from " + least + " to " + most));
      return fallback;
    }
    return value;
  }

  private static @Nullable String blankIsNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static boolean flag(Map<String, String> given, String name, List<Diagnostic> problems) {
    if (!given.containsKey(name)) {
      return false;
    }
    String text = given.get(name);
    if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("true")) {
      return true; // -Arecordgen.verbose alone turns it on
    }
    if (text.trim().equalsIgnoreCase("false")) {
      return false;
    }
    problems.add(invalid(name, text, "true or false"));
    return false;
  }

  private static Diagnostic invalid(String name, String text, String expected) {
    return new Diagnostic(
        Code.OPTION_INVALID,
        "",
        "-A" + name + "=" + text + " is not valid: the value must be " + expected);
  }
}
