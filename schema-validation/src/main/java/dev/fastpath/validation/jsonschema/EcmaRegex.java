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
 *   <li>{@code \cX} control escapes and {@code \p{...}} properties are passed through.</li>
 * </ul>
 */
final class EcmaRegex {

  private static final String SPACE = "\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

  private EcmaRegex() {
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
        } else {
          out.append('\\').append(next);
        }
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        } else if (c == '[') {
          // A literal '[' inside an ECMA class; Java would read a nested class.
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
