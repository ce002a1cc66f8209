package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The source text of number values. A tape keeps numbers as {@code long} or {@code double} only, but Jackson
 * reads some from their text: {@code BigDecimal} keeps the scale ({@code 12.50}), a {@code String} property
 * receives {@code "1.50"}, a {@code float} is rounded once from the decimal text. The k-th number entry of the
 * tape is the k-th number token of the document. With simdjson-java the tokens' offsets come from its structural
 * index (a number's first byte is a structural position); with Jackson's runner one pass over the bytes
 * (skipping strings) finds them. Built lazily, at most once per document, and only for DTOs that need it. One
 * instance per thread, reused.
 */
final class NumberText {

  private byte[] json = new byte[0];

  private int length;

  private JsonTape tape;

  private boolean built;

  /** Tape indexes of number entries, ascending. */
  private int[] tapeIndexes = new int[16];

  /** Byte start of each number token, by ordinal (its end is found when it is read). */
  private int[] starts = new int[16];

  /**
   * Each number's {@code BigDecimal}, by ordinal, once made: the walk and the binder read the same value, which
   * is immutable, so they share one instance. Valid for the first {@link #count} entries while {@link #built}.
   */
  private @Nullable BigDecimal[] decimals = new BigDecimal[16];

  private char[] chars = new char[32];

  private int count;

  void reset(JsonTape tape, byte[] json, int length) {
    if (this.built) {
      Arrays.fill(this.decimals, 0, this.count, null);
    }
    this.tape = tape;
    this.json = json;
    this.length = length;
    this.built = false;
  }

  /** The text of the number entry at {@code tapeIndex}. */
  String text(int tapeIndex) {
    int ordinal = ordinal(tapeIndex);
    int start = this.starts[ordinal];
    return new String(this.json, start, end(start) - start, StandardCharsets.US_ASCII);
  }

  /** {@code new BigDecimal(text(tapeIndex))}, made once per document and number. */
  BigDecimal decimal(int tapeIndex) {
    int ordinal = ordinal(tapeIndex);
    BigDecimal value = this.decimals[ordinal];
    if (value == null) {
      int start = this.starts[ordinal];
      int length = end(start) - start;
      if (this.chars.length < length) {
        this.chars = new char[Math.max(length, this.chars.length * 2)];
      }
      char[] chars = this.chars;
      byte[] json = this.json;
      for (int i = 0; i < length; i++) {
        chars[i] = (char) json[start + i];
      }
      value = new BigDecimal(chars, 0, length);
      this.decimals[ordinal] = value;
    }
    return value;
  }

  /** Whether the number at {@code tapeIndex} is written as an integer (no fraction, no exponent). */
  boolean isIntegerLiteral(int tapeIndex) {
    int start = this.starts[ordinal(tapeIndex)];
    byte[] json = this.json;
    for (int i = start, end = end(start); i < end; i++) {
      byte b = json[i];
      if (b == '.' || b == 'e' || b == 'E') {
        return false;
      }
    }
    return true;
  }

  /** The end (exclusive) of the number token starting at {@code start}. */
  private int end(int start) {
    byte[] s = this.json;
    int i = start + 1;
    while (i < this.length && isNumberByte(s[i])) {
      i++;
    }
    return i;
  }

  private int ordinal(int tapeIndex) {
    if (!this.built) {
      build();
    }
    int ordinal = Arrays.binarySearch(this.tapeIndexes, 0, this.count, tapeIndex);
    if (ordinal < 0) {
      throw new IllegalStateException("no number at tape index " + tapeIndex);
    }
    return ordinal;
  }

  private void build() {
    int[] tokens = this.tape.tokenStarts();
    int numbers = tokens != null ? pairTokens(tokens, this.tape.tokenCount()) : scanBytes(numberEntries());
    if (numbers < 0) {
      throw new IllegalStateException("tape and document disagree on the numbers");
    }
    this.count = numbers;
    this.built = true;
  }

  /**
   * Pairs simdjson's structural index with the tape: every token but {@code :} and {@code ,} is the next tape
   * entry (a number two entries), so the number tokens and their tape indexes come out together, in one pass.
   * Returns -1 if a token and its entry do not agree on being a number.
   */
  private int pairTokens(int[] tokens, int tokenCount) {
    byte[] s = this.json;
    JsonTape tape = this.tape;
    int entry = tape.root();
    int found = 0;
    for (int t = 0; t < tokenCount; t++) {
      int start = tokens[t];
      byte b = s[start];
      if (b == ':' || b == ',') {
        continue;
      }
      int type = tape.type(entry);
      boolean number = type == JsonTape.INT64 || type == JsonTape.DOUBLE;
      if (number != (b == '-' || (b >= '0' && b <= '9'))) {
        return -1;
      }
      if (number) {
        if (found == this.tapeIndexes.length) {
          grow(found * 2);
        }
        this.tapeIndexes[found] = entry;
        this.starts[found] = start;
        found++;
        entry += 2;
      } else {
        entry++;
      }
    }
    return found;
  }

  /** Collects the tape indexes of number entries; returns their count. */
  private int numberEntries() {
    int numbers = 0;
    JsonTape tape = this.tape;
    int end = tape.next(tape.root());
    for (int i = tape.root(); i < end; ) {
      int type = tape.type(i);
      if (type == JsonTape.INT64 || type == JsonTape.DOUBLE) {
        if (numbers == this.tapeIndexes.length) {
          grow(numbers * 2);
        }
        this.tapeIndexes[numbers++] = i;
        i += 2;
      } else {
        i++;
      }
    }
    return numbers;
  }

  private void grow(int size) {
    this.tapeIndexes = Arrays.copyOf(this.tapeIndexes, size);
    this.starts = Arrays.copyOf(this.starts, size);
    this.decimals = Arrays.copyOf(this.decimals, size);
  }

  /**
   * Finds the starts of number tokens outside strings (the document is known to be valid JSON); returns
   * {@code expected}, or -1 when the count differs.
   */
  private int scanBytes(int expected) {
    byte[] s = this.json;
    int found = 0;
    for (int i = 0, n = this.length; i < n; i++) {
      byte b = s[i];
      if (b == '"') {
        i = skipString(s, i + 1, n);
      } else if (b == '-' || (b >= '0' && b <= '9')) {
        if (found == expected) {
          return -1;
        }
        this.starts[found++] = i;
        while (i + 1 < n && isNumberByte(s[i + 1])) {
          i++;
        }
      }
    }
    return found == expected ? found : -1;
  }

  /**
   * The index of the quote that closes the string starting at {@code at}. Eight bytes at a time while none of
   * them is a quote or a backslash (the SWAR zero-byte test on a little-endian {@code long} view; most of a
   * body's bytes are inside strings).
   */
  private static int skipString(byte[] s, int at, int n) {
    int i = at;
    while (i + 8 <= n) {
      long word = (long) LONGS.get(s, i);
      if (hasByte(word, QUOTES) || hasByte(word, BACKSLASHES)) {
        break;
      }
      i += 8;
    }
    while (s[i] != '"') {
      i += s[i] == '\\' ? 2 : 1;
    }
    return i;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;

  private static final long HIGHS = 0x8080808080808080L;

  private static final long QUOTES = ONES * '"';

  private static final long BACKSLASHES = ONES * '\\';

  /** Whether any byte of {@code word} equals the byte repeated in {@code pattern}. */
  private static boolean hasByte(long word, long pattern) {
    long x = word ^ pattern;
    return ((x - ONES) & ~x & HIGHS) != 0;
  }

  private static boolean isNumberByte(byte b) {
    return (b >= '0' && b <= '9') || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-';
  }
}
