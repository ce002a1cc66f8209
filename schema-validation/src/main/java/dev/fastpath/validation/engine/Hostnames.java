package dev.fastpath.validation.engine;


/**
 * The {@code hostname} format: RFC 1123 §2.1 host names, whose {@code xn--} labels must be valid A-labels
 * (RFC 5890 §2.3.2.1): Punycode that decodes to a U-label obeying RFC 5891 §4.2 (no "--" in positions 3-4,
 * no leading combining mark) and the RFC 5892 exceptions (§2.6) and contextual rules (Appendix A). The
 * IDNA2008 derived-property table itself is not checked (the JDK has none), so an A-label made only of
 * otherwise-disallowed code points can pass.
 */
final class Hostnames {

  private Hostnames() {
  }

  static boolean isHostname(String s) {
    if (s.isEmpty() || s.length() > 253) {
      return false;
    }
    for (String label : s.split("\\.", -1)) {
      if (!isLdhLabel(label)) {
        return false;
      }
      if (label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-') {
        // RFC 5891 §4.2.3.1: "--" in positions 3-4 is reserved; only "xn--" (an A-label) may use it.
        if (!label.regionMatches(true, 0, "xn", 0, 2) || !isALabel(label)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isLdhLabel(String label) {
    if (label.isEmpty() || label.length() > 63 || label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isALabel(String label) {
    String unicode = decodePunycode(label.substring(4));
    // A label that decodes to nothing but ASCII is not an A-label (RFC 5890 §2.3.2.1).
    return unicode != null && !unicode.isEmpty() && !unicode.chars().allMatch(c -> c < 0x80) && isULabel(unicode);
  }

  /**
   * RFC 3492 §6.2 decoding (not {@link java.net.IDN}, which applies IDNA2003 mappings: it folds ß, drops
   * ZERO WIDTH JOINER). Returns {@code null} for input that is not valid Punycode.
   */
  static String decodePunycode(String input) {
    final int base = 36;
    final int tmin = 1;
    final int tmax = 26;
    int n = 128;
    int i = 0;
    int bias = 72;
    int delimiter = input.lastIndexOf('-');
    StringBuilder output = new StringBuilder();
    java.util.List<Integer> cps = new java.util.ArrayList<>();
    for (int j = 0; j < Math.max(delimiter, 0); j++) {
      cps.add((int) input.charAt(j));
    }
    int in = delimiter > 0 ? delimiter + 1 : 0;
    while (in < input.length()) {
      int oldi = i;
      int w = 1;
      for (int k = base; ; k += base) {
        if (in >= input.length()) {
          return null;
        }
        int digit = digit(input.charAt(in++));
        if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
          return null;
        }
        i += digit * w;
        int t = k <= bias ? tmin : Math.min(k - bias, tmax);
        if (digit < t) {
          break;
        }
        if ((long) w * (base - t) > Integer.MAX_VALUE) {
          return null;
        }
        w *= base - t;
      }
      bias = adapt(i - oldi, cps.size() + 1, oldi == 0);
      if (i / (cps.size() + 1) > 0x10FFFF - n) {
        return null;
      }
      n += i / (cps.size() + 1);
      i %= cps.size() + 1;
      if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) {
        return null;
      }
      cps.add(i, n);
      i++;
    }
    for (int cp : cps) {
      output.appendCodePoint(cp);
    }
    return output.toString();
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return -1;
  }

  private static int adapt(int delta, int numPoints, boolean first) {
    delta = first ? delta / 700 : delta / 2;
    delta += delta / numPoints;
    int k = 0;
    while (delta > ((36 - 1) * 26) / 2) {
      delta /= 36 - 1;
      k += 36;
    }
    return k + (36 * delta) / (delta + 38);
  }

  private static boolean isULabel(String u) {
    if (u.length() >= 4 && u.charAt(2) == '-' && u.charAt(3) == '-') {
      return false;
    }
    int first = u.codePointAt(0);
    int type = Character.getType(first);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return false; // RFC 5891 §4.2.3.2
    }
    boolean arabicIndic = false;
    boolean extendedArabicIndic = false;
    int[] cps = u.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      int before = i > 0 ? cps[i - 1] : -1;
      int after = i + 1 < cps.length ? cps[i + 1] : -1;
      if (c >= 0x0660 && c <= 0x0669) {
        arabicIndic = true;
      }
      if (c >= 0x06F0 && c <= 0x06F9) {
        extendedArabicIndic = true;
      }
      if (!contextAllows(c, before, after, cps)) {
        return false;
      }
    }
    return !(arabicIndic && extendedArabicIndic); // RFC 5892 A.8, A.9
  }

  private static boolean contextAllows(int c, int before, int after, int[] label) {
    return switch (c) {
      // RFC 5892 §2.6 exceptions that are DISALLOWED
      case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B -> false;
      case 0x00B7 -> before == 'l' && after == 'l'; // A.3 MIDDLE DOT
      case 0x0375 -> after >= 0 && Character.UnicodeScript.of(after) == Character.UnicodeScript.GREEK; // A.4
      case 0x05F3, 0x05F4 -> before >= 0
          && Character.UnicodeScript.of(before) == Character.UnicodeScript.HEBREW; // A.5, A.6
      case 0x30FB -> hasJapanese(label); // A.7 KATAKANA MIDDLE DOT
      case 0x200D -> before >= 0 && isVirama(before); // A.2 ZERO WIDTH JOINER
      case 0x200C -> before >= 0 && (isVirama(before) || isJoining(before) && after >= 0 && isJoining(after)); // A.1
      default -> true;
    };
  }

  private static boolean hasJapanese(int[] label) {
    for (int c : label) {
      if (c == 0x30FB) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
          || script == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  // Canonical_Combining_Class = Virama (9): the JDK has no such property, so the viramas of the Brahmic
  // scripts are listed (Unicode's DerivedCombiningClass.txt, ccc=9, BMP).
  private static boolean isVirama(int c) {
    return switch (c) {
      case 0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A,
          0x0EBA, 0x0F84, 0x1039, 0x103A, 0x1714, 0x1715, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2,
          0x1BF3, 0x2D7F, 0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED -> true;
      default -> false;
    };
  }

  // A.1's regular expression needs Unicode joining types, which the JDK lacks: letters of the cursive
  // scripts (Arabic, Syriac, N'Ko, Mongolian) stand in for the dual- and right-joining characters.
  private static boolean isJoining(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return Character.isLetter(c) && (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.SYRIAC
        || script == Character.UnicodeScript.NKO || script == Character.UnicodeScript.MONGOLIAN);
  }
}
