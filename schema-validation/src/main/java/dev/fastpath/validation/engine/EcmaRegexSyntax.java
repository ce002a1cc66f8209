package dev.fastpath.validation.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a string is an ECMA-262 regular expression ({@code Pattern} of ECMA-262 §22.2.1 with the {@code u}
 * flag), for the {@code regex} format (JSON Schema 2020-12 §7.3.8). A recursive-descent recognizer of the
 * grammar, not {@link java.util.regex.Pattern}: the two dialects disagree on what is valid ({@code \a},
 * {@code \h}, {@code \Q}, possessive quantifiers and {@code [a&&b]} are Java, not ECMA-262; unicode mode also
 * rejects Annex B's lenient forms, such as a lone {@code {} or {@code \-} outside a class).
 *
 * <p>Static semantics checked: quantifier bounds in order, class ranges in order and not between class escapes,
 * backreferences to existing groups, unique group names, {@code \k} to an existing name, property escapes
 * naming a General_Category value, a script ({@code Script=}/{@code Script_Extensions=}) or a binary property
 * ECMA-262 lists (table 67).
 */
final class EcmaRegexSyntax {

  private static final Set<String> GENERAL_CATEGORIES = Set.of("L", "Letter", "LC", "Cased_Letter", "Lu",
      "Uppercase_Letter", "Ll", "Lowercase_Letter", "Lt", "Titlecase_Letter", "Lm", "Modifier_Letter", "Lo",
      "Other_Letter", "M", "Mark", "Combining_Mark", "Mn", "Nonspacing_Mark", "Mc", "Spacing_Mark", "Me",
      "Enclosing_Mark", "N", "Number", "Nd", "Decimal_Number", "digit", "Nl", "Letter_Number", "No", "Other_Number",
      "P", "Punctuation", "punct", "Pc", "Connector_Punctuation", "Pd", "Dash_Punctuation", "Ps", "Open_Punctuation",
      "Pe", "Close_Punctuation", "Pi", "Initial_Punctuation", "Pf", "Final_Punctuation", "Po", "Other_Punctuation",
      "S", "Symbol", "Sm", "Math_Symbol", "Sc", "Currency_Symbol", "Sk", "Modifier_Symbol", "So", "Other_Symbol",
      "Z", "Separator", "Zs", "Space_Separator", "Zl", "Line_Separator", "Zp", "Paragraph_Separator", "C", "Other",
      "Cc", "Control", "cntrl", "Cf", "Format", "Cs", "Surrogate", "Co", "Private_Use", "Cn", "Unassigned");

  // ECMA-262 table 67, binary Unicode property names and aliases.
  private static final Set<String> BINARY_PROPERTIES = Set.of("ASCII", "ASCII_Hex_Digit", "AHex", "Alphabetic",
      "Alpha", "Any", "Assigned", "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI",
      "Cased", "Changes_When_Casefolded", "CWCF", "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased",
      "CWL", "Changes_When_NFKC_Casefolded", "CWKCF", "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased",
      "CWU", "Dash", "Default_Ignorable_Code_Point", "DI", "Deprecated", "Dep", "Diacritic", "Dia", "Emoji",
      "Emoji_Component", "EComp", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase", "Emoji_Presentation",
      "EPres", "Extended_Pictographic", "ExtPict", "Extender", "Ext", "Grapheme_Base", "Gr_Base", "Grapheme_Extend",
      "Gr_Ext", "Hex_Digit", "Hex", "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST", "ID_Continue",
      "IDC", "ID_Start", "IDS", "Ideographic", "Ideo", "Join_Control", "Join_C", "Logical_Order_Exception", "LOE",
      "Lowercase", "Lower", "Math", "Noncharacter_Code_Point", "NChar", "Pattern_Syntax", "Pat_Syn",
      "Pattern_White_Space", "Pat_WS", "Quotation_Mark", "QMark", "Radical", "Regional_Indicator", "RI",
      "Sentence_Terminal", "STerm", "Soft_Dotted", "SD", "Terminal_Punctuation", "Term", "Unified_Ideograph",
      "UIdeo", "Uppercase", "Upper", "Variation_Selector", "VS", "White_Space", "space", "XID_Continue", "XIDC",
      "XID_Start", "XIDS");

  private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|";

  /** Thrown (without a stack trace) at the first syntax error. */
  private static final class Invalid extends RuntimeException {
    Invalid() {
      super(null, null, false, false);
    }
  }

  private final String pattern;

  private int pos;

  private int groups;

  private int maxBackreference;

  private final Set<String> names = new HashSet<>();

  private final List<String> namedReferences = new ArrayList<>();

  private EcmaRegexSyntax(String pattern) {
    this.pattern = pattern;
  }

  /** Whether {@code pattern} is a valid ECMA-262 regular expression body in unicode mode. */
  static boolean isValid(String pattern) {
    EcmaRegexSyntax parser = new EcmaRegexSyntax(pattern);
    try {
      parser.disjunction();
      return parser.pos == pattern.length() && parser.maxBackreference <= parser.groups
          && parser.names.containsAll(parser.namedReferences);
    } catch (Invalid | StackOverflowError ex) {
      return false;
    }
  }

  private void disjunction() {
    alternative();
    while (peek() == '|') {
      this.pos++;
      alternative();
    }
  }

  private void alternative() {
    while (!atEnd() && peek() != '|' && peek() != ')') {
      term();
    }
  }

  private void term() {
    int c = peek();
    if (c == '^' || c == '$') {
      this.pos++;
      return; // an assertion: a quantifier after it is a syntax error, which the next term reports
    }
    if (c == '\\' && (peekAt(1) == 'b' || peekAt(1) == 'B')) {
      this.pos += 2;
      return;
    }
    if (c == '(') {
      if (group()) {
        quantifier();
      }
      return;
    }
    if (c == '\\') {
      atomEscape();
    } else if (c == '[') {
      characterClass();
    } else if (c == '.') {
      this.pos++;
    } else if (SYNTAX_CHARACTERS.indexOf(c) >= 0) {
      throw new Invalid(); // a quantifier with nothing to repeat, or a lone ')', ']', '{', '}'
    } else {
      this.pos += Character.charCount(c);
    }
    quantifier();
  }

  /** Parses a group or lookaround; whether a quantifier may follow (lookarounds are not quantifiable). */
  private boolean group() {
    if (this.pattern.startsWith("(?=", this.pos) || this.pattern.startsWith("(?!", this.pos)) {
      this.pos += 3;
      closeGroup();
      return false;
    }
    if (this.pattern.startsWith("(?<=", this.pos) || this.pattern.startsWith("(?<!", this.pos)) {
      this.pos += 4;
      closeGroup();
      return false;
    }
    if (this.pattern.startsWith("(?:", this.pos)) {
      this.pos += 3;
    } else if (this.pattern.startsWith("(?<", this.pos)) {
      this.pos += 3;
      if (!this.names.add(groupName())) {
        throw new Invalid();
      }
      this.groups++;
    } else if (this.pattern.startsWith("(?", this.pos)) {
      this.pos += 2;
      modifiers();
    } else {
      this.pos++;
      this.groups++;
    }
    closeGroup();
    return true;
  }

  private void closeGroup() {
    disjunction();
    expect(')');
  }

  /** ES2025 pattern modifiers {@code (?ims-ims:...)}: each flag at most once, at least one flag. */
  private void modifiers() {
    Set<Integer> seen = new HashSet<>();
    boolean dash = false;
    while (!atEnd() && peek() != ':') {
      int c = peek();
      if (c == '-' && !dash) {
        dash = true;
      } else if ((c != 'i' && c != 'm' && c != 's') || !seen.add(c)) {
        throw new Invalid();
      }
      this.pos++;
    }
    if (seen.isEmpty()) {
      throw new Invalid();
    }
    expect(':');
  }

  private String groupName() {
    StringBuilder name = new StringBuilder();
    while (!atEnd() && peek() != '>') {
      int c = peek();
      if (c == '\\') {
        this.pos++;
        expect('u');
        c = unicodeEscape();
      } else {
        this.pos += Character.charCount(c);
      }
      boolean ok = name.isEmpty() ? c == '$' || c == '_' || Character.isUnicodeIdentifierStart(c)
          : c == '$' || c == 0x200C || c == 0x200D || Character.isUnicodeIdentifierPart(c);
      if (!ok) {
        throw new Invalid();
      }
      name.appendCodePoint(c);
    }
    expect('>');
    if (name.isEmpty()) {
      throw new Invalid();
    }
    return name.toString();
  }

  private void quantifier() {
    int c = peek();
    if (c == '*' || c == '+' || c == '?') {
      this.pos++;
    } else if (c == '{') {
      this.pos++;
      long min = digits();
      long max = min;
      if (peek() == ',') {
        this.pos++;
        max = peek() == '}' ? Long.MAX_VALUE : digits();
      }
      expect('}');
      if (min > max) {
        throw new Invalid();
      }
    } else {
      return;
    }
    if (peek() == '?') {
      this.pos++;
    }
  }

  private long digits() {
    int start = this.pos;
    long value = 0;
    while (peek() >= '0' && peek() <= '9') {
      value = Math.min(value * 10 + (peek() - '0'), Integer.MAX_VALUE * 4L);
      this.pos++;
    }
    if (this.pos == start) {
      throw new Invalid();
    }
    return value;
  }

  private void atomEscape() {
    this.pos++; // '\'
    int c = peek();
    if (c >= '1' && c <= '9') {
      this.maxBackreference = (int) Math.max(this.maxBackreference, Math.min(digits(), Integer.MAX_VALUE));
    } else if (c == 'k') {
      this.pos++;
      expect('<');
      this.namedReferences.add(groupName());
    } else if ("dDsSwW".indexOf(c) >= 0 && c >= 0) {
      this.pos++;
    } else if (c == 'p' || c == 'P') {
      property();
    } else {
      characterEscape(false);
    }
  }

  /** A CharacterEscape (after the backslash); its code point. */
  private int characterEscape(boolean inClass) {
    int c = peek();
    if (c < 0) {
      throw new Invalid();
    }
    this.pos += Character.charCount(c);
    return switch (c) {
      case 'f' -> 0x0C;
      case 'n' -> 0x0A;
      case 'r' -> 0x0D;
      case 't' -> 0x09;
      case 'v' -> 0x0B;
      case 'c' -> {
        int letter = peek();
        if (!((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z'))) {
          throw new Invalid();
        }
        this.pos++;
        yield letter % 32;
      }
      case '0' -> {
        if (peek() >= '0' && peek() <= '9') {
          throw new Invalid(); // no legacy octal escapes in unicode mode
        }
        yield 0;
      }
      case 'x' -> hex(2);
      case 'u' -> unicodeEscape();
      default -> {
        if (SYNTAX_CHARACTERS.indexOf(c) >= 0 || c == '/' || (inClass && c == '-')) {
          yield c;
        }
        throw new Invalid(); // no identity escapes of other characters in unicode mode (\a, \e, \-, ...)
      }
    };
  }

  /** After backslash-u: four hex digits (a surrogate pair may be written as two escapes) or {X...} in braces. */
  private int unicodeEscape() {
    if (peek() == '{') {
      this.pos++;
      long value = 0;
      int start = this.pos;
      while (peek() != '}') {
        int digit = Character.digit(peek(), 16);
        if (digit < 0 || peek() > 'f') {
          throw new Invalid();
        }
        value = Math.min(value * 16 + digit, 0x110000);
        this.pos++;
      }
      if (this.pos == start || value > 0x10FFFF) {
        throw new Invalid();
      }
      this.pos++;
      return (int) value;
    }
    int unit = hex(4);
    if (Character.isHighSurrogate((char) unit) && this.pattern.startsWith("\\u", this.pos)) {
      int save = this.pos;
      this.pos += 2;
      if (peek() != '{') {
        int low = hex(4);
        if (Character.isLowSurrogate((char) low)) {
          return Character.toCodePoint((char) unit, (char) low);
        }
      }
      this.pos = save;
    }
    return unit;
  }

  private int hex(int count) {
    int value = 0;
    for (int k = 0; k < count; k++) {
      int c = peek();
      int digit = c >= 0 && c < 128 ? Character.digit(c, 16) : -1;
      if (digit < 0) {
        throw new Invalid();
      }
      value = value * 16 + digit;
      this.pos++;
    }
    return value;
  }

  /** {@code \p{...}} or {@code \P{...}}, positioned at the 'p'. */
  private void property() {
    this.pos++;
    expect('{');
    int close = this.pattern.indexOf('}', this.pos);
    if (close < 0) {
      throw new Invalid();
    }
    String body = this.pattern.substring(this.pos, close);
    this.pos = close + 1;
    int equals = body.indexOf('=');
    boolean ok;
    if (equals < 0) {
      ok = GENERAL_CATEGORIES.contains(body) || BINARY_PROPERTIES.contains(body);
    } else {
      String name = body.substring(0, equals);
      String value = body.substring(equals + 1);
      ok = switch (name) {
        case "General_Category", "gc" -> GENERAL_CATEGORIES.contains(value);
        case "Script", "sc", "Script_Extensions", "scx" -> isScript(value);
        default -> false;
      };
    }
    if (!ok) {
      throw new Invalid();
    }
  }

  private static boolean isScript(String value) {
    if (value.isEmpty() || !value.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c) && c < 128)) {
      return false;
    }
    try {
      Character.UnicodeScript.forName(value.toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException ex) {
      return false;
    }
  }

  private void characterClass() {
    this.pos++; // '['
    if (peek() == '^') {
      this.pos++;
    }
    while (peek() != ']') {
      int low = classAtom();
      if (peek() == '-' && peekAt(1) != ']' && peekAt(1) >= 0) {
        this.pos++;
        int high = classAtom();
        if (low < 0 || high < 0 || low > high) {
          throw new Invalid(); // a range between class escapes, or out of order
        }
      }
    }
    this.pos++;
  }

  /** One class atom: its code point, or -1 for a class escape ({@code \d}, {@code \p{...}}, ...). */
  private int classAtom() {
    int c = peek();
    if (c < 0) {
      throw new Invalid(); // unterminated class
    }
    if (c != '\\') {
      this.pos += Character.charCount(c);
      return c;
    }
    this.pos++;
    int e = peek();
    if (e == 'b') {
      this.pos++;
      return 0x08;
    }
    if (e >= 0 && "dDsSwW".indexOf(e) >= 0) {
      this.pos++;
      return -1;
    }
    if (e == 'p' || e == 'P') {
      property();
      return -1;
    }
    return characterEscape(true);
  }

  private void expect(int c) {
    if (peek() != c) {
      throw new Invalid();
    }
    this.pos++;
  }

  private boolean atEnd() {
    return this.pos >= this.pattern.length();
  }

  private int peek() {
    return atEnd() ? -1 : this.pattern.codePointAt(this.pos);
  }

  private int peekAt(int offset) {
    int at = this.pos + offset;
    return at >= this.pattern.length() ? -1 : this.pattern.charAt(at);
  }
}
