package io.recordgen.contract;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Strings that match a JSON Schema {@code pattern} within length bounds: the pattern (ECMA-262,
 * as JSON Schema has it) is rewritten into the syntax of dk.brics.automaton, intersected with the
 * lengths allowed, and a random accepted path is walked, so the same seed gives the same string.
 * A result is checked with {@link java.util.regex.Pattern} (a match anywhere, as JSON Schema
 * matches); a pattern the automaton cannot express (back-references, look-around) gives {@code
 * null}.
 */
final class PatternStrings {
  /** How far past the shortest accepted length a walk may wander. */
  private static final int SLACK = 8;

  private PatternStrings() {}

  /** A string that matches {@code pattern} with a length in {@code [min, max]}, or null. */
  static @Nullable String matching(String pattern, int min, int max, Random random) {
    Automaton automaton;
    try {
      automaton = new RegExp(translate(pattern), RegExp.NONE).toAutomaton();
    } catch (IllegalArgumentException | StackOverflowError e) {
      return null;
    }
    automaton = automaton.intersection(BasicAutomata.makeAnyChar().repeat(min, max));
    if (automaton.isEmpty()) {
      return null;
    }
    automaton.removeDeadTransitions();
    String text = walk(automaton, random);
    try {
      return text != null && Pattern.compile(pattern).matcher(text).find() ? text : null;
    } catch (PatternSyntaxException e) {
      return null;
    }
  }

  /**
   * The pattern in brics syntax: anchors go (a match of the whole string also matches anywhere),
   * class escapes become classes, and characters brics reads as operators are quoted.
   */
  static String translate(String pattern) {
    String body = pattern;
    if (body.startsWith("^")) {
      body = body.substring(1);
    }
    if (body.endsWith("$") && !body.endsWith("\\$")) {
      body = body.substring(0, body.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        String expanded = escape(next, inClass);
        out.append(expanded != null ? expanded : "\\" + next);
        continue;
      }
      if (c == '[' && !inClass) {
        inClass = true;
      } else if (c == ']' && inClass) {
        inClass = false;
      } else if ("\"<>#@&~".indexOf(c) >= 0) {
        out.append('\\');
      } else if (c == '(' && body.startsWith("?:", i + 1)) {
        out.append('(');
        i += 2; // a non-capturing group is a group
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static @Nullable String escape(char c, boolean inClass) {
    String set =
        switch (c) {
          case 'd' -> "0-9";
          case 'w' -> "a-zA-Z0-9_";
          case 's' -> " \\t\\n\\r";
          default -> null;
        };
    if (set != null) {
      return inClass ? set : "[" + set + "]";
    }
    return switch (c) {
      case 'D' -> inClass ? null : "[^0-9]";
      case 'W' -> inClass ? null : "[^a-zA-Z0-9_]";
      case 'S' -> inClass ? null : "[^ \\t\\n\\r]";
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      default -> null;
    };
  }

  /** A random accepted path: free choices until a target length, then the shortest way out. */
  private static @Nullable String walk(Automaton automaton, Random random) {
    Map<State, Integer> toAccept = distances(automaton);
    State state = automaton.getInitialState();
    Integer shortest = toAccept.get(state);
    if (shortest == null) {
      return null;
    }
    int target = shortest + random.nextInt(SLACK + 1);
    StringBuilder text = new StringBuilder();
    for (int steps = 0; steps < 10_000; steps++) {
      List<Transition> transitions = sorted(state);
      if (state.isAccept() && (text.length() >= target || transitions.isEmpty())) {
        return text.toString();
      }
      List<Transition> choices = new ArrayList<>();
      int here = toAccept.get(state);
      for (Transition transition : transitions) {
        Integer there = toAccept.get(transition.getDest());
        if (there != null && (text.length() < target || there < here)) {
          choices.add(transition);
        }
      }
      if (choices.isEmpty()) {
        return state.isAccept() ? text.toString() : null;
      }
      Transition chosen = choices.get(random.nextInt(choices.size()));
      text.append(character(chosen, random));
      state = chosen.getDest();
    }
    return null;
  }

  /** Transitions in a fixed order: brics keeps them in a hash set. */
  private static List<Transition> sorted(State state) {
    List<Transition> transitions = new ArrayList<>(state.getTransitions());
    transitions.sort(
        Comparator.comparingInt((Transition t) -> t.getMin()).thenComparingInt(t -> t.getMax()));
    return transitions;
  }

  /** A character of the transition's range, printable ASCII where the range has some. */
  private static char character(Transition transition, Random random) {
    int low = Math.max(transition.getMin(), 0x21);
    int high = Math.min(transition.getMax(), 0x7e);
    if (low <= high) {
      return (char) (low + random.nextInt(high - low + 1));
    }
    return transition.getMin();
  }

  /** For every state, the length of the shortest path to an accepting state. */
  private static Map<State, Integer> distances(Automaton automaton) {
    Map<State, List<State>> incoming = new HashMap<>();
    Deque<State> queue = new ArrayDeque<>();
    Map<State, Integer> distance = new HashMap<>();
    for (State state : automaton.getStates()) {
      for (Transition transition : state.getTransitions()) {
        incoming.computeIfAbsent(transition.getDest(), s -> new ArrayList<>()).add(state);
      }
      if (state.isAccept()) {
        distance.put(state, 0);
        queue.add(state);
      }
    }
    while (!queue.isEmpty()) {
      State state = queue.poll();
      for (State from : incoming.getOrDefault(state, List.of())) {
        if (!distance.containsKey(from)) {
          distance.put(from, distance.get(state) + 1);
          queue.add(from);
        }
      }
    }
    return distance;
  }
}
