package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The byte-level fast path agrees with java.util.regex wherever it accepts a pattern. */
class SimplePatternTests {

  private static final String ECMA_SPACE = "\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

  @Test
  void acceptsAnchoredClassSequencesOnly() {
    assertThat(SimplePattern.parse("^[A-Z0-9-]{3,32}\\z", false)).isNotNull();
    assertThat(SimplePattern.parse("^[^@" + ECMA_SPACE + "]+@[^@" + ECMA_SPACE + "]+\\z", false)).isNotNull();
    assertThat(SimplePattern.parse("^\\d{4}-\\d{2}-\\d{2}\\z", false)).isNotNull();
    assertThat(SimplePattern.parse("[a-z]+", true)).isNotNull();
    assertThat(SimplePattern.parse("^[A-Z]{3}", false)).isNull();
    assertThat(SimplePattern.parse("^(ab)+\\z", false)).isNull();
    assertThat(SimplePattern.parse("^a|b\\z", false)).isNull();
    assertThat(SimplePattern.parse("^.+\\z", false)).isNull();
    assertThat(SimplePattern.parse("^a*a\\z", false)).isNull();
    assertThat(SimplePattern.parse("^[a-z]*[0-9]?[a-z]\\z", false)).isNull();
    assertThat(SimplePattern.parse("^[a[^b]]\\z", false)).isNull();
    assertThat(SimplePattern.parse("^\\p{L}+\\z", false)).isNull();
  }

  @Test
  void agreesWithJavaRegexOnGeneratedStrings() {
    String[][] patterns = {{"^[A-Z0-9-]{3,32}\\z", "false"}, {"^[a-z]+\\z", "false"}, {"[A-Z0-9]*", "true"},
        {"^[0-9]{5}\\z", "false"}, {"^[-A]{1,}\\z", "false"}, {"^[^@" + ECMA_SPACE + "]+@[^@" + ECMA_SPACE + "]+\\z", "false"},
        {"^\\d{4}-\\d{2}-\\d{2}\\z", "false"}, {"^\\w+\\.\\w{2,3}\\z", "false"}, {"^a?b\\z", "false"},
        {"^[\\u00e0-\\u00ff]{2}x\\z", "false"}, {"^[^a-d]*d\\z", "false"}, {"ab{2}c", "true"}};
    Random random = new Random(42);
    String alphabet = "aAbBcdxz019-_.@ \t\n\u00a0\u00e9\u2003\uD83D\uDE00";
    List<String> inputs = new ArrayList<>(List.of("", "AB-123", "a@b", "a @b", "2024-01-31", "foo_1.com", "ab", "b",
        "\u00e0\u00e9x", "abbc", "zzd", "ad", "user\u00a0@x"));
    for (int i = 0; i < 400; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        int at = random.nextInt(alphabet.length());
        if (Character.isHighSurrogate(alphabet.charAt(at))) {
          s.append(alphabet, at, at + 2);
        } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
          s.append(alphabet.charAt(at));
        }
      }
      inputs.add(s.toString());
    }
    for (String[] p : patterns) {
      boolean full = Boolean.parseBoolean(p[1]);
      SimplePattern fast = SimplePattern.parse(p[0], full);
      assertThat(fast).as(p[0]).isNotNull();
      Pattern regex = Pattern.compile(p[0]);
      for (String input : inputs) {
        byte[] json = ("[\"" + input.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + "\"]")
            .getBytes(StandardCharsets.UTF_8);
        JsonTape tape = new JsonTape(new long[0], new byte[0]);
        new JacksonTapeParser(1024, 8).parse(json, json.length, tape);
        java.util.regex.Matcher matcher = regex.matcher(input);
        assertThat(fast.matches(tape, tape.root() + 1)).as(p[0] + " on \"" + input + "\"")
            .isEqualTo(full ? matcher.matches() : matcher.find());
      }
    }
  }
}
