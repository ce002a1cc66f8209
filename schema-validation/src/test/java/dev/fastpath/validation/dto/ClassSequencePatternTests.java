package dev.fastpath.validation.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The {@code @Pattern} fast path answers exactly as {@code Matcher.matches()}, or declines. */
class ClassSequencePatternTests {

  private static final String[] QUALIFYING = {"^[A-Z0-9-]{3,32}$", "\\d{5}", "[a-z]+", "^[^@\\s]+@[^@\\s]+$",
      "[A-Z]{2}\\d{3}", "\\+?[0-9 ]{5,15}", "^\\d{4}-\\d{2}-\\d{2}$", "[a-z]+\\.com", "x?yz+", "", "^$",
      "[\\w-]{1,8}", "[^a-c]{2}", "\\S+", "a\\$", "[-a]b", "\\W\\w"};

  private static final String[] DECLINED = {"a|b", "(ab)+", ".*", "[a-z]+[a-z]{2}", "a*a", "[a-z]*?", "\\bx",
      "\\p{L}+", "[a-z&&[^b]]", "\\t", "a{2,}?", "[a-z]+\\d*x"};

  @Test
  void answersAsJavaRegexOnGeneratedInputs() {
    Random random = new Random(7);
    String alphabet = "aAbBcxyzZ09-_ @.$+\t\n\u00e9\u2003";
    for (String regex : QUALIFYING) {
      ClassSequencePattern fast = ClassSequencePattern.parse(regex, 0);
      assertThat(fast).as(regex).isNotNull();
      Pattern pattern = Pattern.compile(regex);
      for (int i = 0; i < 3000; i++) {
        StringBuilder input = new StringBuilder();
        int length = random.nextInt(12);
        for (int j = 0; j < length; j++) {
          if (random.nextInt(30) == 0) {
            input.appendCodePoint(0x1F600);
          } else {
            input.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        assertThat(fast.matches(input)).as(regex + " on \"" + input + "\"")
            .isEqualTo(pattern.matcher(input).matches());
      }
    }
  }

  @Test
  void answersAsJavaRegexOnTheBenchContractsSkus() {
    ClassSequencePattern fast = ClassSequencePattern.parse("^[A-Z0-9-]{3,32}$", 0);
    for (String sku : new String[] {"SKU-10001", "AB", "ABC", "abc", "A".repeat(32), "A".repeat(33), "AB C", ""}) {
      assertThat(fast.matches(sku)).as(sku).isEqualTo(sku.matches("^[A-Z0-9-]{3,32}$"));
    }
  }

  @Test
  void declinesWhatGreedyMatchingCannotDecideAndOtherSyntax() {
    for (String regex : DECLINED) {
      assertThat(ClassSequencePattern.parse(regex, 0)).as(regex).isNull();
    }
    assertThat(ClassSequencePattern.parse("[a-z]+", Pattern.CASE_INSENSITIVE)).isNull();
  }
}
