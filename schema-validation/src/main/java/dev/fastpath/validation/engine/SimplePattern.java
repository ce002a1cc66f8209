package dev.fastpath.validation.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast path for the common shapes of API string patterns: an anchored sequence of characters and character
 * classes with quantifiers ({@code ^[A-Z0-9-]{3,32}$}, {@code ^[^@\s]+@[^@\s]+$}, {@code ^\d{4}-\d{2}$}), tested
 * on the UTF-8 bytes of the string without decoding it to a {@code String} and without
 * {@code java.util.regex} (which is several times slower, and slower still for classes with many ranges such as
 * ECMA-262's {@code \s}).
 *
 * <p>Matching is greedy, which is exact only when no backtracking could matter: every variable-length segment
 * must be followed by the end or by a segment that needs at least one character from a disjoint set.
 * {@link #parse} returns {@code null} for anything else (alternation, groups, {@code .}, lookaround, nested
 * classes, ...), which then runs on {@code java.util.regex}.
 */
final class SimplePattern {

  private final CharSet[] sets;

  private final int[] mins;

  private final int[] maxs;

  private SimplePattern(CharSet[] sets, int[] mins, int[] maxs) {
    this.sets = sets;
    this.mins = mins;
    this.maxs = maxs;
  }

  /**
   * @param regex a {@link java.util.regex.Pattern} source (as translated from ECMA-262)
   * @param fullMatch whether it must match the whole input; otherwise it is searched, and only a regex anchored
   *     with {@code ^...\z} qualifies
   */
  static SimplePattern parse(String regex, boolean fullMatch) {
    String body = regex;
    if (!fullMatch) {
      if (!body.startsWith("^") || !body.endsWith("\\z") || body.endsWith("\\\\z")) {
        return null;
      }
      body = body.substring(1, body.length() - 2);
    }
    try {
      return new Parser(body).parse();
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  /** Whether the string at {@code index} matches. */
  boolean matches(JsonTape tape, int index) {
    byte[] s = tape.strings;
    int at = tape.stringStart(index);
    int end = at + tape.stringLength(index);
    for (int segment = 0; segment < this.sets.length; segment++) {
      CharSet set = this.sets[segment];
      int max = this.maxs[segment];
      int count = 0;
      while (count < max && at < end) {
        int b = s[at];
        int codePoint;
        int width;
        if (b >= 0) {
          codePoint = b;
          width = 1;
        } else if ((b & 0xE0) == 0xC0) {
          codePoint = ((b & 0x1F) << 6) | (s[at + 1] & 0x3F);
          width = 2;
        } else if ((b & 0xF0) == 0xE0) {
          codePoint = ((b & 0x0F) << 12) | ((s[at + 1] & 0x3F) << 6) | (s[at + 2] & 0x3F);
          width = 3;
        } else {
          codePoint = ((b & 0x07) << 18) | ((s[at + 1] & 0x3F) << 12) | ((s[at + 2] & 0x3F) << 6) | (s[at + 3] & 0x3F);
          width = 4;
        }
        if (!set.contains(codePoint)) {
          break;
        }
        at += width;
        count++;
      }
      if (count < this.mins[segment]) {
        return false;
      }
    }
    return at == end;
  }

  /** A set of code points: an ASCII table plus ranges, optionally negated. */
  static final class CharSet {

    final boolean[] ascii = new boolean[128];

    final List<int[]> ranges = new ArrayList<>();

    boolean negated;

    void add(int from, int to) {
      for (int c = from; c <= Math.min(to, 127); c++) {
        this.ascii[c] = true;
      }
      if (to >= 128) {
        this.ranges.add(new int[] {Math.max(from, 128), to});
      }
    }

    boolean contains(int codePoint) {
      boolean in;
      if (codePoint < 128) {
        in = this.ascii[codePoint];
      } else {
        in = false;
        for (int[] range : this.ranges) {
          if (codePoint >= range[0] && codePoint <= range[1]) {
            in = true;
            break;
          }
        }
      }
      return in != this.negated;
    }

    /** Whether no code point is in both sets (checked over the BMP, enough for a compile-time decision). */
    boolean disjoint(CharSet other) {
      for (int c = 0; c < 0x10000; c++) {
        if (contains(c) && other.contains(c)) {
          return false;
        }
      }
      return !contains(0x10000) || !other.contains(0x10000);
    }
  }

  /** Parses the subset described on {@link SimplePattern}. */
  private static final class Parser {

    private final String regex;

    private int at;

    Parser(String regex) {
      this.regex = regex;
    }

    SimplePattern parse() {
      List<CharSet> sets = new ArrayList<>();
      List<int[]> bounds = new ArrayList<>();
      while (this.at < this.regex.length()) {
        sets.add(atom());
        bounds.add(quantifier());
      }
      if (sets.isEmpty()) {
        throw new IllegalArgumentException("empty");
      }
      for (int i = 0; i + 1 < sets.size(); i++) {
        boolean variable = bounds.get(i)[0] != bounds.get(i)[1];
        if (variable && (bounds.get(i + 1)[0] == 0 || !sets.get(i).disjoint(sets.get(i + 1)))) {
          throw new IllegalArgumentException("greedy matching could be wrong");
        }
      }
      int[] mins = new int[sets.size()];
      int[] maxs = new int[sets.size()];
      for (int i = 0; i < mins.length; i++) {
        mins[i] = bounds.get(i)[0];
        maxs[i] = bounds.get(i)[1];
      }
      return new SimplePattern(sets.toArray(new CharSet[0]), mins, maxs);
    }

    private CharSet atom() {
      char c = this.regex.charAt(this.at++);
      CharSet set = new CharSet();
      switch (c) {
        case '[' -> {
          return charClass();
        }
        case '\\' -> escape(set, false);
        case '^', '$', '.', '|', '?', '*', '+', '(', ')', '{', '}', ']' -> throw new IllegalArgumentException("special");
        default -> {
          if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("surrogate");
          }
          set.add(c, c);
        }
      }
      return set;
    }

    private CharSet charClass() {
      CharSet set = new CharSet();
      if (peek() == '^') {
        set.negated = true;
        this.at++;
      }
      boolean first = true;
      while (true) {
        if (this.at >= this.regex.length()) {
          throw new IllegalArgumentException("unclosed");
        }
        char c = this.regex.charAt(this.at++);
        if (c == ']' && !first) {
          return set;
        }
        first = false;
        if (c == '[' || c == '&' || Character.isSurrogate(c)) {
          throw new IllegalArgumentException("nested or intersected class");
        }
        int from;
        if (c == '\\') {
          CharSet single = new CharSet();
          if (!escape(single, true)) {
            mergeInto(set, single);
            continue;
          }
          from = single.ranges.isEmpty() ? firstAscii(single) : single.ranges.getFirst()[0];
        } else {
          from = c;
        }
        if (peek() == '-' && this.at + 1 < this.regex.length() && this.regex.charAt(this.at + 1) != ']') {
          this.at++;
          char t = this.regex.charAt(this.at++);
          int to;
          if (t == '\\') {
            CharSet single = new CharSet();
            if (!escape(single, true)) {
              throw new IllegalArgumentException("class escape as range end");
            }
            to = single.ranges.isEmpty() ? firstAscii(single) : single.ranges.getFirst()[0];
          } else if (t == '[' || Character.isSurrogate(t)) {
            throw new IllegalArgumentException("range end");
          } else {
            to = t;
          }
          if (to < from) {
            throw new IllegalArgumentException("reversed range");
          }
          set.add(from, to);
        } else {
          set.add(from, from);
        }
      }
    }

    /** Reads an escape after the backslash into {@code set}; returns whether it was a single character. */
    private boolean escape(CharSet set, boolean inClass) {
      char e = this.regex.charAt(this.at++);
      switch (e) {
        case 'd' -> set.add('0', '9');
        case 'w' -> {
          set.add('a', 'z');
          set.add('A', 'Z');
          set.add('0', '9');
          set.add('_', '_');
        }
        case 't' -> set.add('\t', '\t');
        case 'n' -> set.add('\n', '\n');
        case 'r' -> set.add('\r', '\r');
        case 'f' -> set.add('\f', '\f');
        case 'x' -> {
          int c = Integer.parseInt(this.regex.substring(this.at, this.at + 2), 16);
          this.at += 2;
          set.add(c, c);
        }
        case 'u' -> {
          int c = Integer.parseInt(this.regex.substring(this.at, this.at + 4), 16);
          if (Character.isSurrogate((char) c)) {
            throw new IllegalArgumentException("surrogate escape");
          }
          this.at += 4;
          set.add(c, c);
        }
        default -> {
          if (Character.isLetterOrDigit(e)) {
            throw new IllegalArgumentException("escape \\" + e);
          }
          set.add(e, e);
        }
      }
      return e != 'd' && e != 'w';
    }

    private static void mergeInto(CharSet target, CharSet source) {
      for (int c = 0; c < 128; c++) {
        target.ascii[c] |= source.ascii[c];
      }
      target.ranges.addAll(source.ranges);
    }

    private static int firstAscii(CharSet set) {
      for (int c = 0; c < 128; c++) {
        if (set.ascii[c]) {
          return c;
        }
      }
      throw new IllegalArgumentException("empty");
    }

    private int[] quantifier() {
      if (this.at >= this.regex.length()) {
        return new int[] {1, 1};
      }
      char q = this.regex.charAt(this.at);
      int[] bounds;
      switch (q) {
        case '+' -> bounds = new int[] {1, Integer.MAX_VALUE};
        case '*' -> bounds = new int[] {0, Integer.MAX_VALUE};
        case '?' -> bounds = new int[] {0, 1};
        case '{' -> {
          int close = this.regex.indexOf('}', this.at);
          if (close < 0) {
            throw new IllegalArgumentException("brace");
          }
          String inner = this.regex.substring(this.at + 1, close);
          if (!inner.matches("[0-9]{1,6}(,[0-9]{0,6})?")) {
            throw new IllegalArgumentException("bounds");
          }
          int comma = inner.indexOf(',');
          int min = Integer.parseInt(comma < 0 ? inner : inner.substring(0, comma));
          int max = comma < 0 ? min
              : comma == inner.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(inner.substring(comma + 1));
          if (max < min) {
            throw new IllegalArgumentException("bounds");
          }
          this.at = close;
          bounds = new int[] {min, max};
        }
        default -> {
          return new int[] {1, 1};
        }
      }
      this.at++;
      if (this.at < this.regex.length() && (this.regex.charAt(this.at) == '?' || this.regex.charAt(this.at) == '+')) {
        throw new IllegalArgumentException("lazy or possessive");
      }
      return bounds;
    }

    private char peek() {
      return this.at < this.regex.length() ? this.regex.charAt(this.at) : 0;
    }
  }
}
