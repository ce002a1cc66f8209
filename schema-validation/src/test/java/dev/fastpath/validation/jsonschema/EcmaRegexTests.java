package dev.fastpath.validation.jsonschema;

import static dev.fastpath.validation.jsonschema.JsonSchemaCases.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EcmaRegexTests {

  private static boolean finds(String ecma, String input) {
    return Pattern.compile(EcmaRegex.toJava(ecma, "#/pattern")).matcher(input).find();
  }

  @Test
  void readsControlEscapesCaseInsensitively() {
    assertThat(finds("^\\cC$", "\u0003")).isTrue();
    assertThat(finds("^\\cc$", "\u0003")).isTrue();
    assertThat(finds("^\\cc$", "#")).isFalse(); // what java.util.regex makes of \cc
    assertThat(finds("^[\\cJ]$", "\n")).isTrue();
  }

  @Test
  void readsVerticalTabNulAndClassBackspaceAsSingleCharacters() {
    assertThat(finds("^\\v$", "\u000b")).isTrue();
    assertThat(finds("^\\v$", "\n")).isFalse(); // Java's \v would match any vertical whitespace
    assertThat(finds("^a\\0b$", "a\u0000b")).isTrue();
    assertThat(finds("^[\\b]$", "\b")).isTrue();
    assertThat(finds("^[\\b]$", "b")).isFalse();
  }

  @Test
  void dotStopsOnlyAtEcmaLineTerminators() {
    assertThat(finds("^.$", "\u0085")).isTrue();
    assertThat(finds("^.$", "\u2028")).isFalse();
    assertThat(finds("^.$", "\r")).isFalse();
    assertThat(finds("^.$", "\uD83D\uDE00")).isTrue(); // one code point
    assertThat(finds("^[.]$", "x")).isFalse();
  }

  @Test
  void readsAmpersandsInAClassLiterally() {
    assertThat(finds("^[a&&b]$", "&")).isTrue();
    assertThat(finds("^[a&&b]$", "b")).isTrue();
  }

  @RunnerSource
  void patternKeywordUsesTheTranslatedEscapes(Runner runner) {
    schema(runner, "{\"pattern\":\"^x\\\\cix$\"}").valid("\"x\\tx\"").invalid("\"x)x\"", "\"xix\"");
  }
}
