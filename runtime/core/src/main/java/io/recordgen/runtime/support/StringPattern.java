package io.recordgen.runtime.support;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import io.recordgen.runtime.internal.EcmaRegex;
import java.util.Arrays;
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
 * pass with a table lookup per ASCII character and never backtracks. When that DFA is a chain of
 * positions (as for {@code ^[A-Za-z0-9]{32}in07$} or {@code ^[a-z][a-z0-9-]*$}), each character
 * is checked against its position's class instead, with no state carried from one character to
 * the next, so the checks do not wait on each other. Every other pattern runs
 * on {@code java.util.regex}, with {@code $} at the end meaning the end of the input as in
 * ECMA-262 (Java's {@code $} would also accept a final line break).
 */
public final class StringPattern {
  /**
   * Patterns whose DFA would be larger are left to java.util.regex; below it a state number fits
   * a {@code short}, which keeps the ASCII table half the size of an {@code int} one.
   */
  private static final int MAX_STATES = 4_096;

  private final String source;
  private final @Nullable Chain chain;
  private final @Nullable RunAutomaton automaton;
  private final short @Nullable [] ascii;
  private final @Nullable Pattern fallback;

  private StringPattern(
      String source,
      @Nullable Chain chain,
      @Nullable RunAutomaton automaton,
      short @Nullable [] ascii,
      @Nullable Pattern fallback) {
    this.source = source;
    this.chain = chain;
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
          Chain chain = Chain.of(run);
          return chain != null
              ? new StringPattern(regex, chain, run, null, null)
              : new StringPattern(regex, null, run, asciiTable(run), null);
        }
      } catch (IllegalArgumentException e) {
        // a construct the translation let through but brics reads differently: use the JDK
      }
    }
    String java =
        EcmaRegex.endsWithAnchor(regex) ? regex.substring(0, regex.length() - 1) + "\\z" : regex;
    return new StringPattern(regex, null, null, null, Pattern.compile(java));
  }

  /** Next states for ASCII characters, {@code size * 128} entries, -1 for none. */
  private static short[] asciiTable(RunAutomaton run) {
    short[] table = new short[run.getSize() * 128];
    for (int state = 0; state < run.getSize(); state++) {
      for (char c = 0; c < 128; c++) {
        table[state * 128 + c] = (short) run.step(state, c);
      }
    }
    return table;
  }

  /** Whether {@code value} matches, as ECMA-262's {@code RegExp.prototype.test} says. */
  public boolean matches(String value) {
    if (chain != null) {
      return chain.matches(value);
    }
    RunAutomaton run = automaton;
    if (run == null) {
      return fallback.matcher(value).find();
    }
    short[] table = ascii;
    int state = run.getInitialState();
    for (int i = 0, length = value.length(); i < length; i++) {
      char c = value.charAt(i);
      state = c < 128 ? table[state << 7 | c] : run.step(state, c);
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

  /** Whether this pattern runs as a chain of positions, each with its character class. */
  boolean isChain() {
    return chain != null;
  }

  /** The pattern as the spec wrote it. */
  public String pattern() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }

  /**
   * A DFA whose states form a chain: state {@code i} moves to state {@code i + 1} or nowhere, and
   * the last state may loop on itself. A value then matches when its character at each position
   * is in that position's class, past the chain in the loop's class, and the state its length
   * reaches accepts. Classes are bit sets for ASCII plus one answer for every other character;
   * a DFA that tells apart characters beyond ASCII is not a chain here.
   */
  private static final class Chain {
    private final long[] low;
    private final long[] high;
    private final boolean[] beyondAscii;
    private final boolean[] accept;

    /** The positions before the last state, whose class is at index {@code positions}. */
    private final int positions;

    private final boolean loops;

    private Chain(
        long[] low,
        long[] high,
        boolean[] beyondAscii,
        boolean[] accept,
        int positions,
        boolean loops) {
      this.low = low;
      this.high = high;
      this.beyondAscii = beyondAscii;
      this.accept = accept;
      this.positions = positions;
      this.loops = loops;
    }

    /** The chain the automaton is, or {@code null} when it is not one. */
    static @Nullable Chain of(RunAutomaton run) {
      int size = run.getSize();
      char[] points = run.getCharIntervals();
      long[] low = new long[size];
      long[] high = new long[size];
      boolean[] beyondAscii = new boolean[size];
      boolean[] accept = new boolean[size];
      boolean[] visited = new boolean[size];
      int state = run.getInitialState();
      for (int position = 0; position < size; position++) {
        visited[state] = true;
        accept[position] = run.isAccept(state);
        int next = -1;
        for (char c = 0; c < 128; c++) {
          int target = run.step(state, c);
          if (target >= 0) {
            if (next >= 0 && target != next) {
              return null;
            }
            next = target;
            if (c < 64) {
              low[position] |= 1L << c;
            } else {
              high[position] |= 1L << c;
            }
          }
        }
        // Every character past ASCII lies in the interval holding 128 or in one starting later.
        int beyond = run.step(state, (char) 128);
        for (char point : points) {
          if (point > 128 && run.step(state, point) != beyond) {
            return null;
          }
        }
        if (beyond >= 0) {
          if (next >= 0 && beyond != next) {
            return null;
          }
          next = beyond;
          beyondAscii[position] = true;
        }
        if (next < 0 || next == state) {
          return new Chain(
              Arrays.copyOf(low, position + 1),
              Arrays.copyOf(high, position + 1),
              Arrays.copyOf(beyondAscii, position + 1),
              Arrays.copyOf(accept, position + 1),
              position,
              next == state);
        }
        if (visited[next]) {
          return null;
        }
        state = next;
      }
      return null;
    }

    boolean matches(String value) {
      int length = value.length();
      int fixed = Math.min(length, positions);
      for (int i = 0; i < fixed; i++) {
        if (!in(low[i], high[i], beyondAscii[i], value.charAt(i))) {
          return false;
        }
      }
      if (length <= positions) {
        return accept[length];
      }
      if (!loops) {
        return false;
      }
      long loopLow = low[positions];
      long loopHigh = high[positions];
      boolean loopBeyond = beyondAscii[positions];
      for (int i = positions; i < length; i++) {
        if (!in(loopLow, loopHigh, loopBeyond, value.charAt(i))) {
          return false;
        }
      }
      return accept[positions];
    }

    /** Whether {@code c} is in a class: ASCII bits 0-63 and 64-127, then one answer for the rest. */
    private static boolean in(long low, long high, boolean beyondAscii, char c) {
      return c < 64 ? (low >>> c & 1) != 0 : c < 128 ? (high >>> c & 1) != 0 : beyondAscii;
    }
  }
}
