package dev.fastpath.routing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads raw (percent-encoded) path bytes the way Spring's {@code PathContainer} sees them: a segment's
 * value is the part before its first {@code ;} (path parameters are ignored for matching), percent-decoded
 * as UTF-8; an encoded {@code %2F} stays inside its segment. The static methods allocate nothing except
 * {@link #decode}; the instance methods reuse per-{@link RouteMatch} scratch buffers.
 */
final class PathDecoder {

  static final int PERCENT = 1;
  static final int SEMICOLON = 2;
  static final int NON_ASCII = 4;

  /** Reads eight path bytes as one little-endian {@code long}, for the word-at-a-time scans below. */
  static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long PERCENTS = ONES * '%';
  private static final long SEMICOLONS = ONES * ';';

  private static final byte[] HEX = new byte[256];

  static {
    java.util.Arrays.fill(HEX, (byte) -1);
    for (int i = 0; i < 10; i++) {
      HEX['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      HEX['a' + i] = (byte) (10 + i);
      HEX['A' + i] = (byte) (10 + i);
    }
  }

  // Scratch buffers of one RouteMatch, grown on demand and reused, so decoding allocates nothing.
  private byte[] bytes = new byte[64];
  private char[] chars = new char[64];
  private ByteBuffer byteBuffer = ByteBuffer.wrap(this.bytes);
  private CharBuffer charBuffer = CharBuffer.wrap(this.chars);
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private int length;

  /**
   * Flags ({@link #PERCENT}, {@link #SEMICOLON}, {@link #NON_ASCII}) of {@code path[from, to)}.
   *
   * @throws InvalidPathEncodingException if a {@code %} is not followed by two hex digits
   */
  static int scan(byte[] path, int from, int to) {
    int flags = 0;
    int i = from;
    while (i < to) {
      if (i + Long.BYTES <= to) {
        // Word at a time: skip eight bytes at once while they hold no '%', ';' or non-ASCII byte.
        long word = (long) LONGS.get(path, i);
        if (((word & HIGHS) | zeroBytes(word ^ PERCENTS) | zeroBytes(word ^ SEMICOLONS)) == 0) {
          i += Long.BYTES;
          continue;
        }
      }
      byte b = path[i];
      if (b < 0) {
        flags |= NON_ASCII;
      }
      else if (b == '%') {
        if (i + 2 >= to || HEX[path[i + 1] & 0xFF] < 0 || HEX[path[i + 2] & 0xFF] < 0) {
          throw new InvalidPathEncodingException(i - from);
        }
        flags |= PERCENT;
        i += 2;
      }
      else if (b == ';') {
        flags |= SEMICOLON;
      }
      i++;
    }
    return flags;
  }

  /** The first index of {@code value} in {@code path[from, to)}, or {@code to}. */
  static int indexOf(byte[] path, byte value, int from, int to) {
    long pattern = ONES * (value & 0xFF);
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long found = zeroBytes((long) LONGS.get(path, i) ^ pattern);
      if (found != 0) {
        // The lowest flagged byte is always a real match (little-endian: the first in memory).
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (path[i] == value) {
        return i;
      }
    }
    return to;
  }

  /** A word with the high bit set in (at least the lowest of) the bytes of {@code word} that are zero. */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGHS;
  }

  /** The length of what {@link #decodedBytes} or {@link #decodedChars} last produced. */
  int length() {
    return this.length;
  }

  /** Percent-decodes {@code path[from, to)} (one segment value, already validated) into scratch. */
  byte[] decodedBytes(byte[] path, int from, int to) {
    if (this.bytes.length < to - from) {
      this.bytes = new byte[Math.max(to - from, this.bytes.length * 2)];
      this.byteBuffer = ByteBuffer.wrap(this.bytes);
    }
    this.length = percentDecode(path, from, to, this.bytes);
    return this.bytes;
  }

  /**
   * Percent-decodes and UTF-8-decodes {@code path[from, to)} (one segment value) into a scratch buffer,
   * valid until the next call.
   */
  CharSequence decodedChars(byte[] path, int from, int to) {
    decodedBytes(path, from, to);
    int byteLength = this.length;
    if (this.chars.length < byteLength) {
      this.chars = new char[Math.max(byteLength, this.chars.length * 2)];
      this.charBuffer = CharBuffer.wrap(this.chars);
    }
    this.byteBuffer.clear().limit(byteLength);
    this.charBuffer.clear();
    this.utf8.reset();
    this.utf8.decode(this.byteBuffer, this.charBuffer, true);
    this.utf8.flush(this.charBuffer);
    this.length = this.charBuffer.position();
    return this.charBuffer.flip();
  }

  private static int percentDecode(byte[] path, int from, int to, byte[] target) {
    int n = 0;
    for (int i = from; i < to; i++) {
      byte b = path[i];
      if (b == '%') {
        target[n++] = (byte) (HEX[path[i + 1] & 0xFF] << 4 | HEX[path[i + 2] & 0xFF]);
        i += 2;
      }
      else {
        target[n++] = b;
      }
    }
    return n;
  }

  /**
   * The raw offset in {@code path[from, to)} where decoded character {@code charIndex} starts, counting
   * one character per UTF-8 sequence (two for a supplementary code point).
   */
  static int rawOffset(byte[] path, int from, int to, int charIndex) {
    int i = from;
    int chars = 0;
    while (i < to && chars < charIndex) {
      int lead = byteAt(path, i);
      int sequence = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      for (int k = 0; k < sequence && i < to; k++) {
        i += path[i] == '%' ? 3 : 1;
      }
      chars += sequence == 4 ? 2 : 1;
    }
    return i;
  }

  private static int byteAt(byte[] path, int i) {
    return path[i] == '%' ? (HEX[path[i + 1] & 0xFF] << 4 | HEX[path[i + 2] & 0xFF]) : path[i] & 0xFF;
  }

  /**
   * Decodes {@code path[from, to)} as Spring's {@code PathContainer} values: separators kept, each
   * segment's {@code ;} parameters dropped, percent-decoded as UTF-8.
   */
  static String decode(byte[] path, int from, int to, int flags) {
    if ((flags & (PERCENT | SEMICOLON | NON_ASCII)) == 0) {
      return new String(path, from, to - from, StandardCharsets.ISO_8859_1);
    }
    byte[] target = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      byte b = path[i];
      if (b == ';') {
        i = indexOf(path, (byte) '/', i, to) - 1;
      }
      else if (b == '%') {
        target[n++] = (byte) (HEX[path[i + 1] & 0xFF] << 4 | HEX[path[i + 2] & 0xFF]);
        i += 2;
      }
      else {
        target[n++] = b;
      }
    }
    return new String(target, 0, n, StandardCharsets.UTF_8);
  }
}
