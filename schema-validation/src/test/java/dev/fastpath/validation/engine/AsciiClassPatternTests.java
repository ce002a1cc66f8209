package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiClassPatternTests {

  private static final String[] INPUTS = {"", "A", "AB", "ABC", "AB-123", "ab-123", "AB_123", "A".repeat(32),
      "A".repeat(33), "AB\n", "ÄBC", "ABC\uD83D\uDE00", "---", "0"};

  @Test
  void recognisesAnchoredBoundedClassesOnly() {
    assertThat(AsciiClassPattern.parse("^[A-Z0-9-]{3,32}\\z", false)).isNotNull();
    assertThat(AsciiClassPattern.parse("[a-z]+", true)).isNotNull();
    assertThat(AsciiClassPattern.parse("^[A-Z0-9-]{3,32}", false)).isNull();
    assertThat(AsciiClassPattern.parse("^[^A-Z]{3}\\z", false)).isNull();
    assertThat(AsciiClassPattern.parse("^[\\w]{3}\\z", false)).isNull();
    assertThat(AsciiClassPattern.parse("^[A-Z]{3}x\\z", false)).isNull();
    assertThat(AsciiClassPattern.parse("^[A-Z]{3,2}\\z", false)).isNull();
  }

  @Test
  void agreesWithJavaRegex() {
    String[][] patterns = {{"^[A-Z0-9-]{3,32}\\z", "false"}, {"^[a-z]+\\z", "false"}, {"[A-Z0-9]*", "true"},
        {"^[0-9]{5}\\z", "false"}, {"^[-A]{1,}\\z", "false"}, {"[A]", "true"}};
    for (String[] p : patterns) {
      boolean full = Boolean.parseBoolean(p[1]);
      AsciiClassPattern fast = AsciiClassPattern.parse(p[0], full);
      assertThat(fast).as(p[0]).isNotNull();
      for (String input : INPUTS) {
        byte[] json = ("\"" + input.replace("\n", "\\n") + "\"").getBytes(StandardCharsets.UTF_8);
        JsonTape tape = new JsonTape(new long[0], new byte[0]);
        new JacksonTapeParser(1024, 8).parse(json, json.length, tape);
        java.util.regex.Matcher matcher = Pattern.compile(p[0]).matcher(input);
        assertThat(fast.matches(tape, tape.root())).as(p[0] + " on " + input).isEqualTo(full ? matcher.matches() : matcher.find());
      }
    }
  }
}
