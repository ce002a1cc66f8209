package dev.fastpath.validation.engine;

/**
 * A fast path for the most common shape of API string patterns: one ASCII character class repeated a bounded
 * number of times and anchored at both ends ({@code ^[A-Z0-9-]{3,32}$}, after translation
 * {@code ^[A-Z0-9-]{3,32}\z}). It tests the UTF-8 bytes of the string directly with a 128-entry table, without
 * decoding the string or running {@code java.util.regex} (about ten times faster on short strings).
 * {@link #parse} returns {@code null} for any other pattern, which then runs on {@link java.util.regex}.
 */
final class AsciiClassPattern {

  private final boolean[] allowed;

  private final int min;

  private final int max;

  private AsciiClassPattern(boolean[] allowed, int min, int max) {
    this.allowed = allowed;
    this.min = min;
    this.max = max;
  }

  /**
   * @param regex a {@link java.util.regex.Pattern} source
   * @param fullMatch whether the regex must match the whole input (else it is searched)
   * @return the fast matcher, or {@code null} when the regex has another shape
   */
  static AsciiClassPattern parse(String regex, boolean fullMatch) {
    String body = regex;
    if (!fullMatch) {
      if (!body.startsWith("^") || !body.endsWith("\\z")) {
        return null;
      }
      body = body.substring(1, body.length() - 2);
    }
    if (body.length() < 3 || body.charAt(0) != '[' || body.charAt(1) == '^') {
      return null;
    }
    int close = body.indexOf(']', 2);
    if (close < 0) {
      return null;
    }
    boolean[] allowed = new boolean[128];
    String items = body.substring(1, close);
    for (int i = 0; i < items.length(); i++) {
      char c = items.charAt(i);
      if (c == '\\' || c == '[' || c == '&' || c >= 128) {
        return null;
      }
      if (i + 2 < items.length() && items.charAt(i + 1) == '-') {
        char to = items.charAt(i + 2);
        if (to == '\\' || to == '[' || to >= 128 || to < c) {
          return null;
        }
        for (char x = c; x <= to; x++) {
          allowed[x] = true;
        }
        i += 2;
      } else {
        allowed[c] = true;
      }
    }
    return quantified(allowed, body.substring(close + 1));
  }

  private static AsciiClassPattern quantified(boolean[] allowed, String quantifier) {
    switch (quantifier) {
      case "" -> {
        return new AsciiClassPattern(allowed, 1, 1);
      }
      case "+" -> {
        return new AsciiClassPattern(allowed, 1, Integer.MAX_VALUE);
      }
      case "*" -> {
        return new AsciiClassPattern(allowed, 0, Integer.MAX_VALUE);
      }
      default -> {
        if (!quantifier.matches("\\{[0-9]{1,6}(,[0-9]{0,6})?}")) {
          return null;
        }
        String inner = quantifier.substring(1, quantifier.length() - 1);
        int comma = inner.indexOf(',');
        int min = Integer.parseInt(comma < 0 ? inner : inner.substring(0, comma));
        int max = comma < 0 ? min : comma == inner.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(inner.substring(comma + 1));
        return max < min ? null : new AsciiClassPattern(allowed, min, max);
      }
    }
  }

  /** Whether the string at {@code index} matches (all bytes ASCII and allowed, length within bounds). */
  boolean matches(JsonTape tape, int index) {
    int length = tape.stringLength(index);
    if (length < this.min || length > this.max) {
      return false;
    }
    byte[] s = tape.strings;
    boolean[] allowed = this.allowed;
    for (int i = tape.stringStart(index), end = i + length; i < end; i++) {
      int b = s[i];
      if (b < 0 || !allowed[b]) {
        return false;
      }
    }
    return true;
  }
}
