package io.recordgen.runtime;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import io.recordgen.runtime.internal.EcmaRegex;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@code pattern} of the spec: an ECMA-262 regular expression that a string must match
 * somewhere, or whole when anchored with {@code ^...$}. Generated records hold one per pattern
 * and check values with {@link #matches}.
 *
 * <p>The common shape — anchored, a sequence of literals, classes and groups with bounded
 * quantifiers — becomes a DFA (with the brics automaton library), which checks a value in one
 * pass with a table lookup per ASCII character and never backtracks. Every other pattern runs
 * on {@code java.util.regex}, with {@code $} at the end meaning the end of the input as in
 * ECMA-262 (Java's {@code $} would also accept a final line break).
 */
public final class StringPattern {
  /** Patterns whose DFA would be larger are left to java.util.regex. */
  private static final int MAX_STATES = 4_096;

  private final String source;
  private final @Nullable RunAutomaton automaton;
  private final int @Nullable [] ascii;
  private final @Nullable Pattern fallback;

  private StringPattern(String source, @Nullable RunAutomaton automaton, int @Nullable [] ascii,
      @Nullable Pattern fallback) {
    this.source = source;
    this.automaton = automaton;
    this.ascii = ascii;
    this.fallback = fallback;
  }

  /**
   * Compiles a spec's pattern.
   *
   * @throws IllegalArgumentException if it is not a valid regular expression
   */
  public static StringPattern compile(String regex) {
    Objects.requireNonNull(regex, "regex");
    String brics = EcmaRegex.toBrics(regex);
    if (brics != null) {
      try {
        Automaton dfa = new RegExp(brics, RegExp.NONE).toAutomaton(true);
        if (dfa.getNumberOfStates() <= MAX_STATES) {
          RunAutomaton run = new RunAutomaton(dfa, false);
          return new StringPattern(regex, run, asciiTable(run), null);
        }
      } catch (IllegalArgumentException e) {
        // a construct the translation let through but brics reads differently: use the JDK
      }
    }
    String java = EcmaRegex.endsWithAnchor(regex)
        ? regex.substring(0, regex.length() - 1) + "\\z" : regex;
    return new StringPattern(regex, null, null, Pattern.compile(java));
  }

  /** Next states for ASCII characters, {@code size * 128} entries, -1 for none. */
  private static int[] asciiTable(RunAutomaton run) {
    int[] table = new int[run.getSize() * 128];
    for (int state = 0; state < run.getSize(); state++) {
      for (char c = 0; c < 128; c++) {
        table[state * 128 + c] = run.step(state, c);
      }
    }
    return table;
  }

  /** Whether {@code value} matches, as ECMA-262's {@code RegExp.prototype.test} says. */
  public boolean matches(String value) {
    RunAutomaton run = automaton;
    if (run == null) {
      return fallback.matcher(value).find();
    }
    int[] table = ascii;
    int state = run.getInitialState();
    for (int i = 0, length = value.length(); i < length; i++) {
      char c = value.charAt(i);
      state = c < 128 ? table[state * 128 + c] : run.step(state, c);
      if (state < 0) {
        return false;
      }
    }
    return run.isAccept(state);
  }

  /** Whether this pattern runs as a DFA rather than on java.util.regex. */
  public boolean isAutomaton() {
    return automaton != null;
  }

  /** The pattern as the spec wrote it. */
  public String pattern() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }
}
