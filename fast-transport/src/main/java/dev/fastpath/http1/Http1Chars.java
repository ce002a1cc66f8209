package dev.fastpath.http1;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;

/**
 * The character classes of the HTTP/1.1 grammar as 256-entry tables, and the {@link ByteProcessor}s that
 * scan a buffer over them. A processor continues while its table says {@code true}, so
 * {@link ByteBuf#forEachByte(int, int, ByteProcessor)} returns the index of the first byte outside the class.
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

  static final ByteProcessor WHILE_TCHAR = b -> TCHAR[b & 0xFF];
  static final ByteProcessor WHILE_FIELD_CONTENT = b -> FIELD_CONTENT[b & 0xFF];
  static final ByteProcessor WHILE_REQUEST_LINE = b -> REQUEST_LINE[b & 0xFF];
  static final ByteProcessor WHILE_HEXDIG = b -> HEXDIG[b & 0xFF];

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

  /** Index of the first byte in {@code [from, to)} that is not OWS, or {@code to}. */
  static int skipOws(ByteBuf buf, int from, int to) {
    while (from < to && isOws(buf.getByte(from))) {
      from++;
    }
    return from;
  }

  /** Index after the last byte in {@code [from, to)} that is not OWS, or {@code from}. */
  static int trimOwsEnd(ByteBuf buf, int from, int to) {
    while (to > from && isOws(buf.getByte(to - 1))) {
      to--;
    }
    return to;
  }
}
