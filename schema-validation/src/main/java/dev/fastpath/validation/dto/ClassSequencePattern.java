package dev.fastpath.validation.dto;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for {@code @Pattern}s that are a sequence of characters and character classes with quantifiers
 * ({@code ^[A-Z0-9-]{3,32}$}, {@code \d{5}}, {@code [a-z]+@[a-z]+\.com}): {@code Matcher.matches()} semantics of
 * {@code java.util.regex} without its node graph (profiles of the {@code /orders} body showed a fifth of the time in
 * {@code Pattern$Curly} and class unions). Code points are consumed as {@code java.util.regex} does; classes use its
 * default (ASCII) meanings of {@code \d}, {@code \w}, {@code \s}.
 *
 * <p>Matching is greedy without backtracking, which is exact only when backtracking could never help: every
 * variable-length segment must be the last, or be followed by a segment that needs at least one character from a
 * disjoint set. {@link #parse} returns {@code null} for anything else (flags, groups, alternation, {@code .},
 * boundaries, lazy or possessive quantifiers, nested or intersected classes ...), which then runs on
 * {@code java.util.regex}. {@code PatternFastPathTests} compares both on generated inputs.
 */
final class ClassSequencePattern {

  private final CharSet[] sets;

  private final int[] mins;

  private final int[] maxs;

  private ClassSequencePattern(CharSet[] sets, int[] mins, int[] maxs) {
    this.sets = sets;
    this.mins = mins;
    this.maxs = maxs;
  }

  /** The fast path for {@code regex} compiled with {@code flags}, or {@code null} when it does not qualify. */
  static @Nullable ClassSequencePattern parse(String regex, int flags) {
    if (flags != 0) {
      return null;
    }
    try {
      return new Parser(regex).parse();
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  /** Whether the whole of {@code input} matches ({@code Matcher.matches()}). */
  boolean matches(CharSequence input) {
    int at = 0;
    int end = input.length();
    for (int segment = 0; segment < this.sets.length; segment++) {
      CharSet set = this.sets[segment];
      int max = this.maxs[segment];
      int count = 0;
      while (count < max && at < end) {
        int codePoint = Character.codePointAt(input, at);
        if (!set.contains(codePoint)) {
          break;
        }
        at += Character.charCount(codePoint);
        count++;
      }
      if (count < this.mins[segment]) {
        return false;
      }
    }
    return at == end;
  }

  /** A set of code points: an ASCII table plus ranges above it, optionally negated. */
  static final class CharSet {

    private final boolean[] ascii = new boolean[128];

    private final List<int[]> ranges = new ArrayList<>();

    private boolean negated;

    void add(int from, int to) {
      if (from > to) {
        throw new IllegalArgumentException("range out of order");
      }
      for (int c = from; c <= Math.min(to, 127); c++) {
        this.ascii[c] = true;
      }
      if (to >= 128) {
        this.ranges.add(new int[] {Math.max(from, 128), to});
      }
    }

    void addAll(CharSet other) {
      if (other.negated) {
        throw new IllegalArgumentException("negated class escape inside a class");
      }
      for (int c = 0; c < 128; c++) {
        this.ascii[c] |= other.ascii[c];
      }
      this.ranges.addAll(other.ranges);
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

    /** Whether no code point is in both sets (the BMP plus one supplementary point decide it for these sets). */
    boolean disjoint(CharSet other) {
      for (int c = 0; c <= 0x10000; c++) {
        if (contains(c) && other.contains(c)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Parses the subset described on {@link ClassSequencePattern}. */
  private static final class Parser {

    private final String regex;

    private int at;

    private final List<CharSet> sets = new ArrayList<>();

    private final List<int[]> counts = new ArrayList<>();

    Parser(String regex) {
      this.regex = regex;
    }

    ClassSequencePattern parse() {
      String body = this.regex;
      // In matches() the whole input must match, so leading ^ and trailing $ change nothing.
      if (body.startsWith("^")) {
        this.at = 1;
      }
      int end = body.length();
      if (body.endsWith("$") && !body.endsWith("\\$")) {
        end--;
      }
      while (this.at < end) {
        CharSet set = atom();
        int[] count = quantifier(end);
        this.sets.add(set);
        this.counts.add(count);
      }
      checkGreedyIsExact();
      int n = this.sets.size();
      int[] mins = new int[n];
      int[] maxs = new int[n];
      for (int i = 0; i < n; i++) {
        mins[i] = this.counts.get(i)[0];
        maxs[i] = this.counts.get(i)[1];
      }
      return new ClassSequencePattern(this.sets.toArray(CharSet[]::new), mins, maxs);
    }

    private void checkGreedyIsExact() {
      for (int i = 0; i < this.sets.size() - 1; i++) {
        int[] count = this.counts.get(i);
        if (count[0] != count[1]) {
          int[] next = this.counts.get(i + 1);
          if (next[0] < 1 || !this.sets.get(i).disjoint(this.sets.get(i + 1))) {
            throw new IllegalArgumentException("greedy matching could need backtracking");
          }
        }
      }
    }

    private CharSet atom() {
      char c = this.regex.charAt(this.at++);
      switch (c) {
        case '[' -> {
          return charClass();
        }
        case '\\' -> {
          return escape(false);
        }
        case '.', '(', ')', '|', '*', '+', '?', '{', '}', '^', '$', ']' -> throw new IllegalArgumentException("meta");
        default -> {
          if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("surrogate");
          }
          CharSet set = new CharSet();
          set.add(c, c);
          return set;
        }
      }
    }

    private CharSet charClass() {
      CharSet set = new CharSet();
      if (peek() == '^') {
        set.negated = true;
        this.at++;
      }
      if (peek() == ']') {
        throw new IllegalArgumentException("empty class");
      }
      while (peek() != ']') {
        char c = this.regex.charAt(this.at++);
        if (c == '[' || c == '&' || Character.isSurrogate(c)) {
          throw new IllegalArgumentException("nested, intersected or supplementary class");
        }
        if (c == '\\') {
          CharSet escaped = escape(true);
          if (peek() == '-' && this.regex.charAt(this.at + 1) != ']') {
            throw new IllegalArgumentException("class escape as range start");
          }
          set.addAll(escaped);
          continue;
        }
        if (peek() == '-' && this.regex.charAt(this.at + 1) != ']') {
          this.at++;
          char to = this.regex.charAt(this.at++);
          if (to == '\\' || to == '[' || Character.isSurrogate(to)) {
            throw new IllegalArgumentException("escaped range end");
          }
          set.add(c, to);
        } else {
          set.add(c, c);
        }
      }
      this.at++;
      return set;
    }

    /** After a backslash: a predefined class or an escaped punctuation character. */
    private CharSet escape(boolean inClass) {
      char c = this.regex.charAt(this.at++);
      CharSet set = new CharSet();
      switch (c) {
        case 'd', 'D' -> set.add('0', '9');
        case 'w', 'W' -> {
          set.add('a', 'z');
          set.add('A', 'Z');
          set.add('0', '9');
          set.add('_', '_');
        }
        case 's', 'S' -> {
          set.add(' ', ' ');
          set.add('\t', '\r');
        }
        default -> {
          if (Character.isLetterOrDigit(c) || c > 127) {
            throw new IllegalArgumentException("escape \\" + c);
          }
          set.add(c, c);
          return set;
        }
      }
      if (Character.isUpperCase(c)) {
        if (inClass) {
          throw new IllegalArgumentException("negated escape in a class");
        }
        set.negated = true;
      }
      return set;
    }

    private int[] quantifier(int end) {
      if (this.at >= end) {
        return new int[] {1, 1};
      }
      char c = this.regex.charAt(this.at);
      int[] count = switch (c) {
        case '?' -> new int[] {0, 1};
        case '*' -> new int[] {0, Integer.MAX_VALUE};
        case '+' -> new int[] {1, Integer.MAX_VALUE};
        case '{' -> braces(end);
        default -> null;
      };
      if (count == null) {
        return new int[] {1, 1};
      }
      if (c != '{') {
        this.at++;
      }
      if (this.at < end && (this.regex.charAt(this.at) == '?' || this.regex.charAt(this.at) == '+')) {
        throw new IllegalArgumentException("lazy or possessive quantifier");
      }
      return count;
    }

    private int[] braces(int end) {
      int close = this.regex.indexOf('}', this.at);
      if (close < 0 || close >= end) {
        throw new IllegalArgumentException("unclosed quantifier");
      }
      String inside = this.regex.substring(this.at + 1, close);
      this.at = close + 1;
      int comma = inside.indexOf(',');
      int min = Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma));
      int max = comma < 0 ? min : comma == inside.length() - 1 ? Integer.MAX_VALUE
          : Integer.parseInt(inside.substring(comma + 1));
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("bad bounds");
      }
      return new int[] {min, max};
    }

    private char peek() {
      if (this.at >= this.regex.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return this.regex.charAt(this.at);
    }
  }
}
