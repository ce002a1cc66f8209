package dev.fastpath.validation.engine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * IDNA2008 label validity: the derived property of each code point (RFC 5892 §3, computed from the JDK's Unicode
 * data by the RFC's own algorithm rather than from a frozen table), the U-label rules of RFC 5891 §4.2 with the
 * contextual rules of RFC 5892 Appendix A, and the Bidi rule of RFC 5893 §2.
 *
 * <p>Approximations, where the JDK lacks a Unicode property: full case folding (for "Unstable") is
 * lower-after-upper case mapping, with Cherokee folded to upper case and dotless i kept as Unicode's folding
 * does; Default_Ignorable_Code_Point is listed from DerivedCoreProperties; Joining_Type (for ZERO WIDTH
 * NON-JOINER) is T for marks and format characters, R for the right-joining Arabic and Syriac letters listed
 * here, and D for the other letters of the cursive scripts. Canonical_Combining_Class = Virama is exact: it is
 * read from canonical ordering, which the JDK's normalizer implements.
 */
final class Idna {

  /** RFC 5892 §1 derived property values. */
  enum Property {
    PVALID,
    CONTEXTJ,
    CONTEXTO,
    DISALLOWED,
    UNASSIGNED
  }

  private static final int ZWNJ = 0x200C;

  private static final int ZWJ = 0x200D;

  // DerivedCoreProperties.txt, Default_Ignorable_Code_Point=Yes (pairs of first, last).
  private static final int[] DEFAULT_IGNORABLE = {0x00AD, 0x00AD, 0x034F, 0x034F, 0x061C, 0x061C, 0x115F, 0x1160,
      0x17B4, 0x17B5, 0x180B, 0x180F, 0x200B, 0x200F, 0x202A, 0x202E, 0x2060, 0x206F, 0x3164, 0x3164, 0xFE00, 0xFE0F,
      0xFEFF, 0xFEFF, 0xFFA0, 0xFFA0, 0xFFF0, 0xFFF8, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0000, 0xE0FFF};

  // ArabicShaping.txt, Joining_Type=R, of the Arabic and Syriac blocks (pairs of first, last).
  private static final int[] RIGHT_JOINING = {0x0622, 0x0625, 0x0627, 0x0627, 0x0629, 0x0629, 0x062F, 0x0632,
      0x0648, 0x0648, 0x0671, 0x0673, 0x0675, 0x0677, 0x0688, 0x0699, 0x06C0, 0x06C0, 0x06C3, 0x06CB, 0x06CD, 0x06CD,
      0x06CF, 0x06CF, 0x06D2, 0x06D3, 0x06D5, 0x06D5, 0x06EE, 0x06EF, 0x0710, 0x0710, 0x0715, 0x0719, 0x071E, 0x071E,
      0x0728, 0x0728, 0x072A, 0x072A, 0x072C, 0x072C, 0x072F, 0x072F, 0x074D, 0x074D, 0x0759, 0x075B, 0x076B, 0x076C,
      0x0771, 0x0771, 0x0773, 0x0774, 0x0778, 0x0779, 0x08AA, 0x08AC, 0x08AE, 0x08AE, 0x08B1, 0x08B2, 0x08B9, 0x08B9};

  private Idna() {
  }

  /** The IDNA2008 derived property of {@code cp} (RFC 5892 §3, in the RFC's order of precedence). */
  static Property property(int cp) {
    Property exception = exception(cp);
    if (exception != null) {
      return exception;
    }
    int type = Character.getType(cp);
    if (type == Character.UNASSIGNED && !isNoncharacter(cp)) {
      return Property.UNASSIGNED;
    }
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-') {
      return Property.PVALID; // LDH
    }
    if (cp == ZWNJ || cp == ZWJ) {
      return Property.CONTEXTJ;
    }
    if (isUnstable(cp) || inRanges(DEFAULT_IGNORABLE, cp) || isWhiteSpace(cp) || isNoncharacter(cp)
        || (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0x1D100 && cp <= 0x1D24F) || isOldHangulJamo(cp)) {
      return Property.DISALLOWED;
    }
    return switch (type) {
      case Character.LOWERCASE_LETTER, Character.UPPERCASE_LETTER, Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER, Character.MODIFIER_LETTER, Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK -> Property.PVALID;
      default -> Property.DISALLOWED;
    };
  }

  /** RFC 5892 §2.6. */
  private static @Nullable Property exception(int cp) {
    return switch (cp) {
      case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007 -> Property.PVALID;
      case 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB -> Property.CONTEXTO;
      case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B -> Property.DISALLOWED;
      default -> (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9) ? Property.CONTEXTO : null;
    };
  }

  /** RFC 5892 §2.2: toNFKC(toCaseFold(toNFKC(cp))) != cp. */
  private static boolean isUnstable(int cp) {
    String s = Character.toString(cp);
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder folded = new StringBuilder();
    nfkc.codePoints().forEach(c -> folded.append(caseFold(c)));
    return !Normalizer.normalize(folded, Normalizer.Form.NFKC).equals(s);
  }

  private static String caseFold(int c) {
    String s = Character.toString(c);
    if (c == 0x0131) {
      return s; // dotless i has no (non-Turkic) case folding
    }
    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CHEROKEE) {
      return s.toUpperCase(Locale.ROOT); // Cherokee folds to its upper case (Unicode 8)
    }
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  private static boolean isWhiteSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
  }

  /** Hangul_Syllable_Type L, V or T (RFC 5892 §2.9). */
  private static boolean isOldHangulJamo(int cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97C) || (cp >= 0xD7B0 && cp <= 0xD7C6)
        || (cp >= 0xD7CB && cp <= 0xD7FB);
  }

  private static boolean inRanges(int[] ranges, int cp) {
    for (int i = 0; i < ranges.length; i += 2) {
      if (cp >= ranges[i] && cp <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a non-ASCII label is a U-label (RFC 5891 §4.2, without the Bidi rule, which needs the whole name): NFC,
   * no "--" in positions 3-4, no leading or trailing hyphen, no leading combining mark, and every code point PVALID
   * or CONTEXTJ/CONTEXTO with its rule satisfied.
   */
  static boolean isULabel(String label) {
    if (label.isEmpty() || !Normalizer.isNormalized(label, Normalizer.Form.NFC)
        || label.startsWith("-") || label.endsWith("-")
        || (label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-')) {
      return false;
    }
    int[] cps = label.codePoints().toArray();
    if (isMark(cps[0])) {
      return false;
    }
    for (int i = 0; i < cps.length; i++) {
      boolean ok = switch (property(cps[i])) {
        case PVALID -> true;
        case CONTEXTJ, CONTEXTO -> contextAllows(cps, i);
        case DISALLOWED, UNASSIGNED -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** RFC 5892 Appendix A. */
  private static boolean contextAllows(int[] label, int i) {
    int c = label[i];
    int before = i > 0 ? label[i - 1] : -1;
    int after = i + 1 < label.length ? label[i + 1] : -1;
    if (c >= 0x0660 && c <= 0x0669) {
      return noneIn(label, 0x06F0, 0x06F9); // A.8
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
      return noneIn(label, 0x0660, 0x0669); // A.9
    }
    return switch (c) {
      case ZWNJ -> (before >= 0 && isVirama(before)) || joinsAround(label, i); // A.1
      case ZWJ -> before >= 0 && isVirama(before); // A.2
      case 0x00B7 -> before == 'l' && after == 'l'; // A.3
      case 0x0375 -> after >= 0 && Character.UnicodeScript.of(after) == Character.UnicodeScript.GREEK; // A.4
      case 0x05F3, 0x05F4 -> before >= 0 && Character.UnicodeScript.of(before) == Character.UnicodeScript.HEBREW;
      case 0x30FB -> hasJapanese(label); // A.7
      default -> false;
    };
  }

  private static boolean noneIn(int[] label, int first, int last) {
    for (int c : label) {
      if (c >= first && c <= last) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasJapanese(int[] label) {
    for (int c : label) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (c != 0x30FB && (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
          || script == Character.UnicodeScript.HAN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Canonical_Combining_Class(c) = Virama (9). Canonical ordering (Unicode §3.11) moves a mark before an adjacent
   * mark of a higher class: c is of class 9 exactly when it moves before U+05B0 (class 10) but not before U+3099
   * (class 8).
   */
  private static boolean isVirama(int c) {
    if (!isMark(c)) {
      return false;
    }
    String mark = Character.toString(c);
    if (!Normalizer.isNormalized(mark, Normalizer.Form.NFD)) {
      return false;
    }
    boolean belowTen = Normalizer.normalize("a\u05B0" + mark, Normalizer.Form.NFD).equals("a" + mark + "\u05B0");
    boolean aboveEight = Normalizer.normalize("a" + mark + "\u3099", Normalizer.Form.NFD).equals("a\u3099" + mark);
    return belowTen && aboveEight;
  }

  /** A.1's regular expression: (L|D) T* ZWNJ T* (R|D) around position {@code i}. */
  private static boolean joinsAround(int[] label, int i) {
    int before = i - 1;
    while (before >= 0 && joiningType(label[before]) == 'T') {
      before--;
    }
    int after = i + 1;
    while (after < label.length && joiningType(label[after]) == 'T') {
      after++;
    }
    if (before < 0 || after >= label.length) {
      return false;
    }
    char left = joiningType(label[before]);
    char right = joiningType(label[after]);
    return (left == 'L' || left == 'D') && (right == 'R' || right == 'D');
  }

  private static char joiningType(int c) {
    if (c == ZWNJ || c == ZWJ) {
      return 'U';
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 'T';
    }
    if (!Character.isLetter(c)) {
      return 'U';
    }
    if (inRanges(RIGHT_JOINING, c)) {
      return 'R';
    }
    if (c == 0x0621 || c == 0x0674 || (c >= 0x1880 && c <= 0x1884)) {
      return 'U';
    }
    return switch (Character.UnicodeScript.of(c)) {
      case ARABIC, SYRIAC, NKO, MONGOLIAN, MANDAIC, MANICHAEAN, PSALTER_PAHLAVI, HANIFI_ROHINGYA, SOGDIAN,
          ADLAM, PHAGS_PA, CHORASMIAN, OLD_UYGHUR -> 'D';
      default -> 'U';
    };
  }

  /**
   * RFC 5893 §2: when any label has a right-to-left character (bidi class R, AL or AN), every label must satisfy
   * the six conditions of the Bidi rule.
   */
  static boolean satisfiesBidiRule(List<String> labels) {
    boolean bidiDomain = labels.stream().anyMatch(label -> label.codePoints().anyMatch(c -> {
      byte d = Character.getDirectionality(c);
      return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }));
    return !bidiDomain || labels.stream().allMatch(Idna::bidiLabelOk);
  }

  private static boolean bidiLabelOk(String label) {
    byte[] classes = new byte[label.codePointCount(0, label.length())];
    int n = 0;
    for (int c : label.codePoints().toArray()) {
      classes[n++] = Character.getDirectionality(c);
    }
    byte first = classes[0];
    boolean rtl = first == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || first == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    if (!rtl && first != Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
      return false; // condition 1
    }
    int last = classes.length - 1;
    while (last > 0 && classes[last] == Character.DIRECTIONALITY_NONSPACING_MARK) {
      last--;
    }
    boolean europeanDigits = false;
    boolean arabicDigits = false;
    for (byte d : classes) {
      europeanDigits |= d == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
      arabicDigits |= d == Character.DIRECTIONALITY_ARABIC_NUMBER;
      boolean allowed = switch (d) {
        case Character.DIRECTIONALITY_EUROPEAN_NUMBER, Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
            Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR, Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR,
            Character.DIRECTIONALITY_OTHER_NEUTRALS, Character.DIRECTIONALITY_BOUNDARY_NEUTRAL,
            Character.DIRECTIONALITY_NONSPACING_MARK -> true;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
            Character.DIRECTIONALITY_ARABIC_NUMBER -> rtl; // conditions 2 and 5
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> !rtl;
        default -> false;
      };
      if (!allowed) {
        return false;
      }
    }
    byte end = classes[last];
    if (rtl) {
      return (end == Character.DIRECTIONALITY_RIGHT_TO_LEFT || end == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || end == Character.DIRECTIONALITY_EUROPEAN_NUMBER || end == Character.DIRECTIONALITY_ARABIC_NUMBER)
          && !(europeanDigits && arabicDigits); // conditions 3 and 4
    }
    return end == Character.DIRECTIONALITY_LEFT_TO_RIGHT || end == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
  }
}
