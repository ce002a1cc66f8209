package dev.fastpath.http1;

import static dev.fastpath.http1.Http1Chars.CR;
import static dev.fastpath.http1.Http1Chars.LF;

import io.netty.buffer.ByteBuf;

/**
 * One field line ({@code field-name ":" OWS field-value OWS CRLF}, RFC 9112 §5) of a header or trailer
 * section, validated byte by byte: the name is a non-empty token directly followed by the colon, the
 * value holds only field-vchar, SP, HTAB and obs-text, and the line ends in CRLF. Reused by one
 * connection; the offsets of the last line parsed stay in its fields.
 */
final class Http1FieldLine {

  /** The line at the given index is a field line; copy and {@link #parse} it. */
  static final int FIELD = 0;
  /** Not enough bytes to tell. */
  static final int NEED_MORE = -1;
  /** The empty line that ends the section. */
  static final int SECTION_END = -2;

  /** Index of the colon of the last line parsed. */
  int nameEnd;
  /** Index of the first value byte after leading OWS. */
  int valueStart;
  /** Index after the last value byte before trailing OWS. */
  int valueEnd;

  /**
   * Looks at the first bytes of the line at window index {@code start}: the empty line ends the
   * section, and a bare CR, a bare LF or leading whitespace (obs-fold) are refused before waiting for
   * the rest of the line.
   *
   * @return {@link #FIELD}, {@link #NEED_MORE} or {@link #SECTION_END}
   * @throws Http1DecodeException for a line that cannot be a field line or the empty line
   */
  static int lineStart(Http1Window window, ByteBuf in, int start) {
    int available = window.ensure(in, start + 2);
    if (start >= available) {
      return NEED_MORE;
    }
    byte[] a = window.bytes;
    byte first = a[start];
    if (first == CR) {
      if (start + 1 >= available) {
        return NEED_MORE;
      }
      if (a[start + 1] == LF) {
        return SECTION_END;
      }
      throw Http1DecodeException.malformed("Expected LF after CR (RFC 9112 §2.2)", a, start, start + 2);
    }
    if (first == LF) {
      throw Http1DecodeException.malformed("Expected CRLF line ending, got a bare LF (RFC 9112 §2.2)", a, start, start + 1);
    }
    if (Http1Chars.isOws(first)) {
      throw Http1DecodeException.malformed(
          "Expected a field name; obsolete line folding is not accepted (RFC 9112 §5.2)", a, start, start + 16);
    }
    return FIELD;
  }

  /**
   * Scans and validates the field line at window index {@code start} in one pass ({@link #lineStart}
   * said {@link #FIELD}).
   *
   * @param crBound exclusive bound for the index of the line's CR (the section's size limit)
   * @return the index after the line's LF, {@link Http1Window#NEED_MORE} or {@link Http1Window#TOO_LONG}
   * @throws Http1DecodeException if the line is malformed
   */
  int scan(Http1Window window, ByteBuf in, int start, int crBound) {
    int nameEnd = window.skip(in, start, crBound, Http1Chars.TCHAR);
    if (nameEnd < 0) {
      return nameEnd;
    }
    byte[] a = window.bytes;
    if (a[nameEnd] != ':') {
      throw Http1DecodeException.malformed(Http1Chars.isOws(a[nameEnd])
          ? "Expected ':' right after the field name, no whitespace (RFC 9112 §5.1)"
          : "Expected a field name of token characters followed by ':' (RFC 9110 §5.1)", a, start, nameEnd + 1);
    }
    if (nameEnd == start) {
      throw Http1DecodeException.malformed("Expected a non-empty field name (RFC 9110 §5.1)", a, start, start + 16);
    }
    int stop = window.skipFieldContent(in, nameEnd + 1, crBound);
    if (stop < 0) {
      return stop;
    }
    a = window.bytes;
    if (a[stop] != CR) {
      throw Http1DecodeException.malformed(a[stop] == LF
          ? "Expected CRLF line ending, got a bare LF (RFC 9112 §2.2)"
          : "Expected a field value of VCHAR, SP, HTAB or obs-text (RFC 9110 §5.5)", a, start, stop + 1);
    }
    int end = window.lfAfter(in, stop);
    if (end < 0) {
      return end;
    }
    a = window.bytes;
    this.nameEnd = nameEnd;
    this.valueStart = Http1Chars.skipOws(a, nameEnd + 1, stop);
    this.valueEnd = Http1Chars.trimOwsEnd(a, this.valueStart, stop);
    return end;
  }
}
