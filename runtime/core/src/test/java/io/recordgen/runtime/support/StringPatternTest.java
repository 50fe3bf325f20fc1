package io.recordgen.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DFA path agrees with java.util.regex (with ECMA's end anchor) on every string tried, and
 * the common patterns of real specs take the DFA path.
 */
class StringPatternTest {
  /** Patterns of real specs, all of which should become DFAs. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[A-Za-z0-9]{32}in07$",
        "^[A-Za-z][A-Za-z0-9_-]*$",
        "^[^!<\"='>&\\r]*$",
        "^\\d{4}-\\d{2}-\\d{2}$",
        "^(http|https)://.+$",
        "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
        "^\\s*$",
        "^\\S+@\\S+\\.\\S+$",
        "^(?:[01]\\d|2[0-3]):[0-5]\\d$",
        "^[\\w.-]+$",
        "^.{1,10}$",
        "^\\u00e9+$",
        "^[^\\u0000-\\u001f]*$",
        "^\\$\\d+(\\.\\d\\d)?$",
        "^[a-c]*[b-d]{3}$",
        "^(a|)$",
        "^[-a]$",
        "^[a-]$",
        "^\\.$",
        "^\\\\$",
        "^[a-z]{0,256}$",
        "^([0-1]?[0-9]|2[0-3]):[0-5][0-9]-([0-1]?[0-9]|2[0-3]):[0-5][0-9]$",
        "^\\x41\\t\\/\\-$",
        "^(ab)*?c$",
      })
  void commonPatternsBecomeAutomataThatAgreeWithTheJdk(String regex) {
    StringPattern pattern = StringPattern.compile(regex);

    assertThat(pattern.isAutomaton()).as(regex).isTrue();
    assertAgrees(regex, pattern);
  }

  /** DFAs that are a chain of positions run as per-position class checks, and still agree. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[A-Za-z0-9]{32}in07$",
        "^[A-Za-z][A-Za-z0-9_-]*$",
        "^[^!<\"='>&\\r]*$",
        "^\\d{4}-\\d{2}-\\d{2}$",
        "^[\\w.-]+$",
        "^[a-z]{0,256}$",
        "^[a-z]{2,5}$",
        "^[^a]{3}x*$",
        "^(a|)$",
        "^\\x41\\t\\/\\-$",
        "^$",
      })
  void chainsCheckEachPositionAndAgreeWithTheJdk(String regex) {
    StringPattern pattern = StringPattern.compile(regex);

    assertThat(pattern.isChain()).as(regex).isTrue();
    assertAgrees(regex, pattern);
  }

  /** A DFA that branches, loops back or tells apart characters past ASCII stays a DFA. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[a-c]*[b-d]{3}$",
        "^(ab)*$",
        "^(x|yz)$",
        "^a*b$",
        "^\\u00e9+$",
        "^.{1,10}$",
        "^\\s*$",
      })
  void automataThatAreNoChainStayAutomata(String regex) {
    StringPattern pattern = StringPattern.compile(regex);

    assertThat(pattern.isChain()).as(regex).isFalse();
    assertAgrees(regex, pattern);
  }

  @org.junit.jupiter.api.Test
  void aChainChecksLengthsPositionsAndCharactersPastAscii() {
    StringPattern id = StringPattern.compile("^[A-Za-z0-9]{32}in07$");
    assertThat(id.matches("07033b125fd94a8a96896f8bcfee6ddain07")).isTrue();
    assertThat(id.matches("07033b125fd94a8a96896f8bcfee6ddin07")).as("one short").isFalse();
    assertThat(id.matches("07033b125fd94a8a96896f8bcfee6ddaain07")).as("one more").isFalse();
    assertThat(id.matches("07033b125fd94a8a96896f8bcfee6dd\u00e9in07")).isFalse();
    assertThat(id.matches("07033b125fd94a8a96896f8bcfee6ddain08")).isFalse();
    StringPattern range = StringPattern.compile("^[a-z]{2,5}$");
    assertThat(range.matches("ab")).isTrue();
    assertThat(range.matches("abcde")).isTrue();
    assertThat(range.matches("a")).isFalse();
    assertThat(range.matches("abcdef")).isFalse();
    assertThat(range.matches("aBc")).isFalse();
    StringPattern text = StringPattern.compile("^[^!<\"='>&\\r]*$");
    assertThat(text.matches("")).isTrue();
    assertThat(text.matches("Manual backup \u00e9\u2028\ud83d\ude00~")).isTrue();
    assertThat(text.matches("a<b")).isFalse();
    assertThat(text.matches("line\r")).isFalse();
    StringPattern name = StringPattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
    assertThat(name.matches("backup-1")).isTrue();
    assertThat(name.matches("b")).isTrue();
    assertThat(name.matches("1st")).isFalse();
    assertThat(name.matches("backup 1")).isFalse();
    assertThat(name.matches("")).isFalse();
  }

  /** Everything else runs on java.util.regex, and still agrees with it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "^abc",
        "abc$",
        "^a|b$",
        "^[\\d-z]+$",
        "^(a(b)c)$",
        "^(?=a)a$",
        "^(a)\\1$",
        "^\\bword\\b$",
        "^a{1,1000}$",
        "^\\p{L}+$",
        "^[]$",
      })
  void otherPatternsRunOnTheJdk(String regex) {
    StringPattern pattern;
    try {
      pattern = StringPattern.compile(regex);
    } catch (IllegalArgumentException e) {
      return; // not a pattern the JDK reads either
    }
    assertThat(pattern.isAutomaton()).as(regex).isFalse();
    assertAgrees(regex, pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"^abc$", "^[a-z]+$"})
  void theEndAnchorDoesNotAcceptAFinalLineBreak(String regex) {
    assertThat(StringPattern.compile(regex).matches("abc\n")).isFalse();
    assertThat(Pattern.compile(regex).matcher("abc\n").find()).as("Java's own $").isTrue();
  }

  @org.junit.jupiter.api.Test
  void anInvalidPatternIsRefused() {
    assertThatThrownBy(() -> StringPattern.compile("^[unclosed$"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** ECMA-262's white space and line terminators, which Java's {@code \s} does not all hold. */
  private static final String ECMA_SPACE =
      " \\t\\n\\x0B\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

  private static void assertAgrees(String regex, StringPattern pattern) {
    String java =
        regex.endsWith("$") && !regex.endsWith("\\$")
            ? regex.substring(0, regex.length() - 1) + "\\z"
            : regex;
    // The reference reads \s as ECMA-262 does.
    java = java.replace("\\s", "[" + ECMA_SPACE + "]").replace("\\S", "[^" + ECMA_SPACE + "]");
    Pattern reference = Pattern.compile(java);
    for (String value : samples(regex)) {
      assertThat(pattern.matches(value))
          .as("%s on \"%s\"", regex, escape(value))
          .isEqualTo(reference.matcher(value).find());
    }
  }

  /** Random strings over the pattern's own characters and a few hostile ones. */
  private static List<String> samples(String regex) {
    Set<Character> alphabet = new LinkedHashSet<>();
    for (char c : regex.toCharArray()) {
      alphabet.add(c);
    }
    for (char c : "aAzZ09-_.@:/ \t\n\r\u00e9\u2028\u0000$\\".toCharArray()) {
      alphabet.add(c);
    }
    List<Character> chars = new ArrayList<>(alphabet);
    Random random = new Random(regex.hashCode());
    List<String> samples =
        new ArrayList<>(
            List.of(
                "",
                "a",
                "abc",
                "07033b125fd94a8a96896f8bcfee6ddain07",
                "backup-1",
                "2020-07-07",
                "12:30",
                "19:00-20:00",
                "http://x",
                "a@b.c",
                "\u00e9\u00e9"));
    for (int i = 0; i < 3_000; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(i < 2_000 ? 8 : 40);
      for (int j = 0; j < length; j++) {
        value.append(chars.get(random.nextInt(chars.size())));
      }
      samples.add(value.toString());
    }
    return samples;
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
