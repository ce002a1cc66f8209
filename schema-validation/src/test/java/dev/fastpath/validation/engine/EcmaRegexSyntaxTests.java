package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcmaRegexSyntaxTests {

  private static boolean valid(String pattern) {
    return EcmaRegexSyntax.isValid(pattern);
  }

  @Test
  void acceptsCommonEcmaPatterns() {
    assertThat(valid("")).isTrue();
    assertThat(valid("^[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,}$")).isTrue();
    assertThat(valid("([abc])+\\s+$")).isTrue();
    assertThat(valid("(?<year>\\d{4})-\\k<year>")).isTrue();
    assertThat(valid("(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)\\1")).isTrue();
    assertThat(valid("\\p{Letter}\\P{Script=Greek}\\p{gc=Nd}\\p{ASCII_Hex_Digit}")).isTrue();
    assertThat(valid("\\u{1F600}\\uD83D\\uDE00\\x41\\cJ\\0\\t\\/")).isTrue();
    assertThat(valid("[\\b\\-\\]a-z\\d]{1,3}?")).isTrue();
    assertThat(valid("a{2}b{2,}c{2,5}")).isTrue();
    assertThat(valid("[^]|[]")).isTrue();
  }

  @Test
  void rejectsWhatOnlyJavaOrNonUnicodeModeAccepts() {
    assertThat(valid("\\a")).isFalse(); // no identity escape of a letter in unicode mode
    assertThat(valid("\\-")).isFalse(); // '-' may be escaped only in a class
    assertThat(valid("\\h\\Qx\\E")).isFalse();
    assertThat(valid("a++")).isFalse(); // possessive quantifiers
    assertThat(valid("a{")).isFalse();
    assertThat(valid("}")).isFalse();
    assertThat(valid("\\01")).isFalse(); // legacy octal
    assertThat(valid("\\c1")).isFalse();
    assertThat(valid("(?i)a")).isFalse();
  }

  @Test
  void rejectsStructuralErrors() {
    assertThat(valid("^(abc]")).isFalse();
    assertThat(valid("(a")).isFalse();
    assertThat(valid("a)")).isFalse();
    assertThat(valid("[a")).isFalse();
    assertThat(valid("*a")).isFalse();
    assertThat(valid("a**")).isFalse();
    assertThat(valid("^*")).isFalse();
    assertThat(valid("(?=a)*")).isFalse(); // lookarounds are not quantifiable in unicode mode
    assertThat(valid("a{3,2}")).isFalse();
    assertThat(valid("[z-a]")).isFalse();
    assertThat(valid("[\\d-z]")).isFalse();
    assertThat(valid("(a)\\2")).isFalse();
    assertThat(valid("\\k<nope>")).isFalse();
    assertThat(valid("(?<n>a)(?<n>b)")).isFalse();
    assertThat(valid("\\p{Lettre}")).isFalse();
    assertThat(valid("\\p{Script=Klingon}")).isFalse();
    assertThat(valid("\\u{110000}")).isFalse();
    assertThat(valid("\\x4")).isFalse();
    assertThat(valid("\\")).isFalse();
  }

  @Test
  void regexFormatUsesTheEcmaGrammar() {
    assertThat(Formats.forName("regex").test("\\a")).isFalse();
    assertThat(Formats.forName("regex").test("^\\p{L}+$")).isTrue();
  }
}
