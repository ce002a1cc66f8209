package dev.fastpath.http1;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The character classes of the HTTP/1.1 grammar as 256-entry tables, with the scanning helpers over the
 * {@link Http1Window} array the parsers work on, and the name comparison the request's lookups use
 * over its retained {@link ByteBuf}.
 */
final class Http1Chars {

  static final byte SP = ' ';
  static final byte HTAB = '\t';
  static final byte CR = '\r';
  static final byte LF = '\n';

  /** {@code tchar} (RFC 9110 §5.6.2). */
  static final boolean[] TCHAR = new boolean[256];

  /** Bytes a field value may contain: {@code field-vchar}, SP and HTAB, with obs-text (RFC 9110 §5.5). */
  static final boolean[] FIELD_CONTENT = new boolean[256];

  /** Bytes of a request-line other than its CRLF: VCHAR and SP, ASCII only (RFC 9112 §3). */
  static final boolean[] REQUEST_LINE = new boolean[256];

  /** {@code HEXDIG} (RFC 5234 B.1, case-insensitive). */
  static final boolean[] HEXDIG = new boolean[256];

  /** {@code qdtext} (RFC 9110 §5.6.4): HTAB, SP, VCHAR except {@code "} and {@code \}, obs-text. */
  static final boolean[] QDTEXT = new boolean[256];

  /**
   * {@code unreserved / sub-delims} of RFC 3986 §2, the characters of a {@code reg-name} and (with
   * {@code :}) of an IP-literal apart from percent-encoding.
   */
  static final boolean[] HOST_CHAR = new boolean[256];

  /** ASCII lower-case of each byte; non-letters map to themselves. */
  static final byte[] LOWER = new byte[256];

  /** Big-endian words out of a byte array, for comparing names and methods as packed constants. */
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  /** Native-order words for the SWAR scans, where only the presence of a byte matters. */
  private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long DELS = 0x7F7F7F7F7F7F7F7FL;

  static {
    for (int c = 'a'; c <= 'z'; c++) {
      TCHAR[c] = true;
      TCHAR[c - 32] = true;
      HOST_CHAR[c] = true;
      HOST_CHAR[c - 32] = true;
    }
    for (int c = '0'; c <= '9'; c++) {
      TCHAR[c] = true;
      HEXDIG[c] = true;
      HOST_CHAR[c] = true;
    }
    for (int c = 'a'; c <= 'f'; c++) {
      HEXDIG[c] = true;
      HEXDIG[c - 32] = true;
    }
    for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
      TCHAR[c] = true;
    }
    for (char c : "-._~!$&'()*+,;=".toCharArray()) {
      HOST_CHAR[c] = true;
    }
    for (int c = 0x21; c <= 0x7E; c++) {
      FIELD_CONTENT[c] = true;
      REQUEST_LINE[c] = true;
      QDTEXT[c] = c != '"' && c != '\\';
    }
    for (int c = 0x80; c <= 0xFF; c++) {
      FIELD_CONTENT[c] = true;
      QDTEXT[c] = true;
    }
    FIELD_CONTENT[SP] = true;
    FIELD_CONTENT[HTAB] = true;
    REQUEST_LINE[SP] = true;
    QDTEXT[SP] = true;
    QDTEXT[HTAB] = true;
    for (int c = 0; c < 256; c++) {
      LOWER[c] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }

  private Http1Chars() {}

  static boolean isOws(byte b) {
    return b == SP || b == HTAB;
  }

  static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  static int hexValue(byte b) {
    if (b <= '9') {
      return b - '0';
    }
    return (b | 0x20) - 'a' + 10;
  }

  static int getInt(byte[] a, int index) {
    return (int) INT.get(a, index);
  }

  static long getLong(byte[] a, int index) {
    return (long) LONG.get(a, index);
  }

  static int getShort(byte[] a, int index) {
    return (a[index] & 0xFF) << 8 | a[index + 1] & 0xFF;
  }

  static int getMedium(byte[] a, int index) {
    return (a[index] & 0xFF) << 16 | (a[index + 1] & 0xFF) << 8 | a[index + 2] & 0xFF;
  }

  /** Index of the first byte in {@code [from, to)} outside {@code table}, or {@code to}. */
  static int skip(byte[] a, int from, int to, boolean[] table) {
    int i = from;
    while (i < to && table[a[i] & 0xFF]) {
      i++;
    }
    return i;
  }

  /**
   * Whether the word holds a control byte ({@code < 0x20}, so also HTAB, CR, LF) or DEL. SWAR
   * ("Bit Twiddling Hacks", hasless/haszero): {@code (x - n*ONES) & ~x & HIGH_BITS} is non-zero exactly
   * when some byte is below {@code n <= 0x80}, since the least significant such byte gets no borrow
   * from below and ends up with its high bit set; a false positive cannot occur for the lowest one, and
   * a word it flags is re-checked byte by byte anyway.
   */
  private static boolean hasControlOrDel(long x) {
    long dels = x ^ DELS;
    return ((x - SPACES & ~x | dels - ONES & ~dels) & HIGH_BITS) != 0;
  }

  /**
   * Index of the first byte in {@code [from, to)} that is not field-content (VCHAR, SP, HTAB,
   * obs-text), or {@code to}. Skips eight bytes at a time while a word holds no control byte or DEL.
   */
  static int skipFieldContent(byte[] a, int from, int to) {
    int i = from;
    while (i + Long.BYTES <= to && !hasControlOrDel((long) WORD.get(a, i))) {
      i += Long.BYTES;
    }
    while (i < to && FIELD_CONTENT[a[i] & 0xFF]) {
      i++;
    }
    return i;
  }

  /**
   * Index of the first byte in {@code [from, to)} that may not appear in a request-line before its CR
   * (anything but VCHAR and SP), or {@code to}. Skips eight bytes at a time while a word holds no
   * control byte, DEL or non-ASCII byte.
   */
  static int skipRequestLineChars(byte[] a, int from, int to) {
    int i = from;
    long x;
    while (i + Long.BYTES <= to && ((x = (long) WORD.get(a, i)) & HIGH_BITS) == 0 && !hasControlOrDel(x)) {
      i += Long.BYTES;
    }
    while (i < to && REQUEST_LINE[a[i] & 0xFF]) {
      i++;
    }
    return i;
  }

  /** Index of the first {@code b} in {@code [from, to)}, or -1. */
  static int indexOf(byte[] a, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static int skipOws(byte[] a, int from, int to) {
    while (from < to && isOws(a[from])) {
      from++;
    }
    return from;
  }

  static int trimOwsEnd(byte[] a, int from, int to) {
    while (to > from && isOws(a[to - 1])) {
      to--;
    }
    return to;
  }

  /** Whether {@code [from, to)} equals the lower-case ASCII {@code lower} ignoring case. */
  static boolean equalsIgnoreCase(byte[] a, int from, int to, byte[] lower) {
    if (to - from != lower.length) {
      return false;
    }
    for (int i = 0; i < lower.length; i++) {
      if (LOWER[a[from + i] & 0xFF] != lower[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code length} bytes at {@code index} equal {@code text} ignoring ASCII case. A character
   * outside Latin-1 never matches.
   */
  static boolean equalsIgnoreCase(ByteBuf buf, int index, int length, CharSequence text) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      int b = buf.getByte(index + i) & 0xFF;
      char c = text.charAt(i);
      if (b != c && (c > 0xFF || LOWER[b] != LOWER[c])) {
        return false;
      }
    }
    return true;
  }
}
