package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.UnsupportedSchemaException;

/**
 * Translates an ECMA-262 regular expression (JSON Schema 2020-12 §6.4, with the {@code u} flag) to a
 * {@link java.util.regex.Pattern}. The two dialects agree on almost everything a schema uses; this rewrites
 * where they differ:
 * <ul>
 *   <li>{@code $} matches only at the very end in ECMA-262 (no multiline flag); Java's also before a final line
 *   terminator, so it becomes {@code \z}.</li>
 *   <li>{@code \s}/{@code \S} include Unicode spaces (U+00A0, U+FEFF, Zs) in ECMA-262, ASCII only in Java.</li>
 *   <li>{@code \d}, {@code \w}, {@code \b} are ASCII in both (no {@code UNICODE_CHARACTER_CLASS}).</li>
 *   <li>the code point escape (backslash, u, braces) becomes {@code \x{...}}; long {@code \p{...}} names become Java's.</li>
 *   <li>{@code \cX} is the letter's code modulo 32 ({@code \cc} and {@code \cC} are U+0003), {@code \v} is
 *   U+000B only, {@code \0} is NUL, {@code [\b]} is backspace: each becomes a {@code \xhh} escape.</li>
 *   <li>{@code .} excludes the ECMA-262 line terminators only (Java's also excludes U+0085); {@code &} inside a
 *   class is a literal (Java reads {@code &&} as intersection).</li>
 * </ul>
 */
final class EcmaRegex {

  private static final String SPACE = "\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

  private EcmaRegex() {
  }

  /** ECMA-262's long General_Category names (and aliases) to the short ones {@code java.util.regex} knows. */
  private static final java.util.Map<String, String> CATEGORIES = java.util.Map.ofEntries(
      java.util.Map.entry("Letter", "L"), java.util.Map.entry("Cased_Letter", "LC"),
      java.util.Map.entry("Uppercase_Letter", "Lu"), java.util.Map.entry("Lowercase_Letter", "Ll"),
      java.util.Map.entry("Titlecase_Letter", "Lt"), java.util.Map.entry("Modifier_Letter", "Lm"),
      java.util.Map.entry("Other_Letter", "Lo"), java.util.Map.entry("Mark", "M"), java.util.Map.entry("Combining_Mark", "M"),
      java.util.Map.entry("Nonspacing_Mark", "Mn"), java.util.Map.entry("Spacing_Mark", "Mc"),
      java.util.Map.entry("Enclosing_Mark", "Me"), java.util.Map.entry("Number", "N"),
      java.util.Map.entry("Decimal_Number", "Nd"), java.util.Map.entry("digit", "Nd"),
      java.util.Map.entry("Letter_Number", "Nl"), java.util.Map.entry("Other_Number", "No"),
      java.util.Map.entry("Punctuation", "P"), java.util.Map.entry("punct", "P"),
      java.util.Map.entry("Connector_Punctuation", "Pc"), java.util.Map.entry("Dash_Punctuation", "Pd"),
      java.util.Map.entry("Open_Punctuation", "Ps"), java.util.Map.entry("Close_Punctuation", "Pe"),
      java.util.Map.entry("Initial_Punctuation", "Pi"), java.util.Map.entry("Final_Punctuation", "Pf"),
      java.util.Map.entry("Other_Punctuation", "Po"), java.util.Map.entry("Symbol", "S"),
      java.util.Map.entry("Math_Symbol", "Sm"), java.util.Map.entry("Currency_Symbol", "Sc"),
      java.util.Map.entry("Modifier_Symbol", "Sk"), java.util.Map.entry("Other_Symbol", "So"),
      java.util.Map.entry("Separator", "Z"), java.util.Map.entry("Space_Separator", "Zs"),
      java.util.Map.entry("Line_Separator", "Zl"), java.util.Map.entry("Paragraph_Separator", "Zp"),
      java.util.Map.entry("Other", "C"), java.util.Map.entry("Control", "Cc"), java.util.Map.entry("cntrl", "Cc"),
      java.util.Map.entry("Format", "Cf"), java.util.Map.entry("Surrogate", "Cs"),
      java.util.Map.entry("Private_Use", "Co"), java.util.Map.entry("Unassigned", "Cn"));

  /** An ECMA-262 {@code \p{...}} body in {@code java.util.regex} terms (unknown names fail to compile later). */
  private static String property(String name) {
    int equals = name.indexOf('=');
    if (equals >= 0) {
      String key = name.substring(0, equals);
      String value = name.substring(equals + 1);
      return switch (key) {
        case "General_Category", "gc" -> CATEGORIES.getOrDefault(value, value);
        case "Script", "sc" -> "Is" + value;
        default -> name;
      };
    }
    if (CATEGORIES.containsKey(name)) {
      return CATEGORIES.get(name);
    }
    if (CATEGORIES.containsValue(name) || name.length() <= 2) {
      return name;
    }
    // A binary property (Alphabetic, White_Space, Emoji ...): Java spells it "Is<name>".
    return "Is" + name;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static String toJava(String ecma, String location) {
    StringBuilder out = new StringBuilder(ecma.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\') {
        if (i + 1 >= ecma.length()) {
          throw new SchemaException("invalid regular expression \"" + ecma + "\": trailing backslash", location);
        }
        char next = ecma.charAt(++i);
        if (next == 's') {
          out.append(inClass ? SPACE : "[" + SPACE + "]");
        } else if (next == 'S') {
          if (inClass) {
            // A negated class inside a class: Java supports nested classes with &&/union.
            out.append("[^").append(SPACE).append(']');
          } else {
            out.append("[^").append(SPACE).append(']');
          }
        } else if (next == 'c' && i + 1 < ecma.length() && isAsciiLetter(ecma.charAt(i + 1))) {
          // A control escape: the letter's code modulo 32 in ECMA-262 (\cc is U+0003); Java's \c flips bit 6.
          out.append(String.format("\\x%02x", ecma.charAt(++i) % 32));
        } else if (next == 'v') {
          out.append("\\x0b"); // ECMA's \v is U+000B alone; Java's is the vertical-whitespace class
        } else if (next == '0' && (i + 1 >= ecma.length() || !Character.isDigit(ecma.charAt(i + 1)))) {
          out.append("\\x00"); // Java's \0 needs octal digits after it
        } else if (next == 'b' && inClass) {
          out.append("\\x08"); // backspace inside a class
        } else if (next == 'u' && i + 1 < ecma.length() && ecma.charAt(i + 1) == '{') {
          // ECMA-262's code point escape \\u{1F600} is \\x{1F600} in java.util.regex.
          out.append("\\x");
        } else if ((next == 'p' || next == 'P') && i + 1 < ecma.length() && ecma.charAt(i + 1) == '{') {
          int close = ecma.indexOf('}', i + 2);
          if (close < 0) {
            out.append('\\').append(next);
          } else {
            out.append('\\').append(next).append('{').append(property(ecma.substring(i + 2, close))).append('}');
            i = close;
          }
        } else {
          out.append('\\').append(next);
        }
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        } else if (c == '[' || c == '&') {
          // A literal '[' or '&' inside an ECMA class; Java would read a nested class or an intersection (&&).
          out.append('\\');
        }
        out.append(c);
      } else if (c == '[') {
        inClass = true;
        out.append(c);
        if (i + 1 < ecma.length() && ecma.charAt(i + 1) == '^') {
          out.append('^');
          i++;
        }
        if (i + 1 < ecma.length() && ecma.charAt(i + 1) == ']') {
          // ECMA "[]" matches nothing and "[^]" anything; Java reads ']' literally here.
          i++;
          inClass = false;
          if (out.charAt(out.length() - 1) == '^') {
            out.setLength(out.length() - 2);
            out.append("[\\s\\S]");
          } else {
            out.setLength(out.length() - 1);
            out.append("(?!)");
          }
        }
      } else if (c == '$') {
        out.append("\\z");
      } else if (c == '.') {
        // ECMA-262's line terminators only; Java's '.' also excludes U+0085.
        out.append("[^\\n\\r\\u2028\\u2029]");
      } else {
        out.append(c);
      }
    }
    String result = out.toString();
    try {
      java.util.regex.Pattern.compile(result);
    } catch (java.util.regex.PatternSyntaxException ex) {
      // Either invalid, or ECMA-262 syntax Java lacks (\\u{...}, \\p{Script=...}): never guess a verdict.
      throw new UnsupportedSchemaException("pattern \"" + ecma + "\"", location,
          "not a regular expression this compiler can translate to java.util.regex: " + ex.getDescription());
    }
    return result;
  }
}
