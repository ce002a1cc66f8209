package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.engine.Idna.Property;
import org.junit.jupiter.api.Test;

class IdnaTests {

  private static boolean idn(String hostname) {
    return Formats.forName("idn-hostname").test(hostname);
  }

  @Test
  void encodesAndDecodesPunycodeAsRfc3492Samples() {
    assertThat(Punycode.encode("b\u00fccher")).isEqualTo("bcher-kva");
    assertThat(Punycode.encode("m\u00fcnchen")).isEqualTo("mnchen-3ya");
    String chinese = "\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587";
    assertThat(Punycode.encode(chinese)).isEqualTo("ihqwcrb4cv8a8dqg056pqjye");
    assertThat(Punycode.decode("ihqwcrb4cv8a8dqg056pqjye")).isEqualTo(chinese);
    assertThat(Punycode.decode("bcher-kva")).isEqualTo("b\u00fccher");
    assertThat(Punycode.decode("9")).isNull();
  }

  @Test
  void derivesCodePointPropertiesByTheRfc5892Algorithm() {
    assertThat(Idna.property('a')).isEqualTo(Property.PVALID);
    assertThat(Idna.property('A')).isEqualTo(Property.DISALLOWED); // case-folds to 'a': unstable
    assertThat(Idna.property(0x00DF)).isEqualTo(Property.PVALID); // sharp s, an exception
    assertThat(Idna.property(0x0131)).isEqualTo(Property.PVALID); // dotless i has no case folding
    assertThat(Idna.property(0x13A0)).isEqualTo(Property.PVALID); // Cherokee folds to upper case
    assertThat(Idna.property(0xAB70)).isEqualTo(Property.DISALLOWED);
    assertThat(Idna.property(0x2163)).isEqualTo(Property.DISALLOWED); // ROMAN NUMERAL FOUR: NFKC changes it
    assertThat(Idna.property(0xD55C)).isEqualTo(Property.PVALID); // a Hangul syllable
    assertThat(Idna.property(0x1100)).isEqualTo(Property.DISALLOWED); // an old Hangul jamo
    assertThat(Idna.property(0xFE00)).isEqualTo(Property.DISALLOWED); // default ignorable
    assertThat(Idna.property(0x20D0)).isEqualTo(Property.DISALLOWED); // combining marks for symbols
    assertThat(Idna.property(0xFFFF)).isEqualTo(Property.DISALLOWED); // noncharacter
    assertThat(Idna.property(0x0378)).isEqualTo(Property.UNASSIGNED);
    assertThat(Idna.property(0x00B7)).isEqualTo(Property.CONTEXTO);
    assertThat(Idna.property(0x200D)).isEqualTo(Property.CONTEXTJ);
    assertThat(Idna.property(0x0640)).isEqualTo(Property.DISALLOWED);
  }

  @Test
  void acceptsUnicodeHostNamesWithAnyOfTheFourDots() {
    assertThat(idn("b\u00fccher.example")).isTrue();
    assertThat(idn("\u4f8b\u3048\u3002\u30c6\u30b9\u30c8")).isTrue();
    assertThat(idn("xn--bcher-kva\uff0eexample")).isTrue();
    assertThat(idn("shop.EXAMPLE")).isTrue(); // ASCII labels are host-name labels, case-insensitive
    assertThat(idn("B\u00fccher.example")).isFalse(); // not a U-label: upper case is not PVALID
    assertThat(idn("a..b")).isFalse();
    assertThat(idn("example\uff61")).isFalse();
    assertThat(idn("\u0301a.example")).isFalse(); // leading combining mark
    assertThat(idn("a\u2163b")).isFalse();
  }

  @Test
  void limitsLabelsToSixtyThreeOctetsInTheirALabelForm() {
    assertThat(idn("a".repeat(50) + "\u00fc.example")).isTrue();
    assertThat(idn("a".repeat(60) + "\u00fc.example")).isFalse();
  }

  @Test
  void appliesTheJoinerRules() {
    assertThat(idn("\u0915\u094d\u200d\u0937")).isTrue(); // ZWJ after a virama
    assertThat(idn("\ud804\udc13\ud804\udc46\u200d\ud804\udc13")).isTrue(); // Brahmi virama, outside the BMP
    assertThat(idn("\u0915\u200d\u0937")).isFalse();
    assertThat(idn("\u0628\u200c\u0628")).isTrue(); // ZWNJ between dual-joining letters
    assertThat(idn("\u0628\u064e\u200c\u0628")).isTrue(); // a transparent mark in between
    assertThat(idn("\u0627\u200c\u0628")).isFalse(); // ALEF joins only to the right
  }

  @Test
  void appliesTheBidiRuleWhenAnyLabelIsRightToLeft() {
    assertThat(idn("\u05d0\u05d1.example")).isTrue();
    assertThat(idn("\u05d0\u05d11")).isTrue(); // may end in a European digit
    assertThat(idn("1\u05d0")).isFalse(); // must start with a letter of its direction
    assertThat(idn("\u05d0a")).isFalse(); // no left-to-right letter in a right-to-left label
    assertThat(idn("a\u05d0")).isFalse();
    assertThat(idn("\u05d0.1example")).isFalse(); // every label of a bidi name is checked
    assertThat(idn("1example.com")).isTrue();
  }
}
