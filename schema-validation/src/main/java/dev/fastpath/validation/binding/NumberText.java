package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The source text of number values. A tape keeps numbers as {@code long} or {@code double} only, but Jackson
 * reads some from their text: {@code BigDecimal} keeps the scale ({@code 12.50}), a {@code String} property
 * receives {@code "1.50"}, a {@code float} is rounded once from the decimal text. The k-th number entry of the
 * tape is the k-th number token of the document, so one pass over the bytes (skipping strings) finds them all.
 * Built lazily, at most once per document, and only for DTOs that need it. One instance per thread, reused.
 */
final class NumberText {

  private byte[] json = new byte[0];

  private int length;

  private JsonTape tape;

  private boolean built;

  /** Tape indexes of number entries, ascending. */
  private int[] tapeIndexes = new int[16];

  /** Byte start and end (exclusive) of each number token, by ordinal. */
  private int[] starts = new int[16];

  private int[] ends = new int[16];

  private int count;

  void reset(JsonTape tape, byte[] json, int length) {
    this.tape = tape;
    this.json = json;
    this.length = length;
    this.built = false;
  }

  /** The text of the number entry at {@code tapeIndex}. */
  String text(int tapeIndex) {
    if (!this.built) {
      build();
    }
    int ordinal = Arrays.binarySearch(this.tapeIndexes, 0, this.count, tapeIndex);
    if (ordinal < 0) {
      throw new IllegalStateException("no number at tape index " + tapeIndex);
    }
    return new String(this.json, this.starts[ordinal], this.ends[ordinal] - this.starts[ordinal],
        StandardCharsets.US_ASCII);
  }

  /** Whether the number at {@code tapeIndex} is written as an integer (no fraction, no exponent). */
  boolean isIntegerLiteral(int tapeIndex) {
    String text = text(tapeIndex);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }

  private void build() {
    int numbers = 0;
    JsonTape tape = this.tape;
    int end = tape.next(tape.root());
    for (int i = tape.root(); i < end; ) {
      int type = tape.type(i);
      if (type == JsonTape.INT64 || type == JsonTape.DOUBLE) {
        if (numbers == this.tapeIndexes.length) {
          this.tapeIndexes = Arrays.copyOf(this.tapeIndexes, numbers * 2);
        }
        this.tapeIndexes[numbers++] = i;
        i += 2;
      } else {
        i++;
      }
    }
    if (this.starts.length < numbers) {
      this.starts = new int[numbers];
      this.ends = new int[numbers];
    }
    int found = scanBytes(numbers);
    if (found != numbers) {
      throw new IllegalStateException("tape and document disagree on the number count: " + numbers + " vs " + found);
    }
    this.count = numbers;
    this.built = true;
  }

  /** Finds number tokens outside strings; the document is known to be valid JSON. */
  private int scanBytes(int expected) {
    byte[] s = this.json;
    int found = 0;
    for (int i = 0, n = this.length; i < n && found < expected; i++) {
      byte b = s[i];
      if (b == '"') {
        i = skipString(s, i + 1, n);
      } else if (b == '-' || (b >= '0' && b <= '9')) {
        int start = i;
        while (i + 1 < n && isNumberByte(s[i + 1])) {
          i++;
        }
        this.starts[found] = start;
        this.ends[found] = i + 1;
        found++;
      }
    }
    return found;
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
