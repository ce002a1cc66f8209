package dev.fastpath.http1;

import static dev.fastpath.http1.Http1Chars.CR;
import static dev.fastpath.http1.Http1Chars.LF;

import io.netty.buffer.ByteBuf;

/**
 * Scans one field line ({@code field-name ":" OWS field-value OWS CRLF}, RFC 9112 §5) of a header or
 * trailer section in place, validating every byte on the way: the name is a non-empty token directly
 * followed by the colon, the value holds only field-vchar, SP, HTAB and obs-text, and the line ends in
 * CRLF. Reused by one connection; the offsets of the last line scanned stay in its fields.
 */
final class Http1FieldLineScanner {

  /** The line is not complete in the buffer yet. */
  static final int NEED_MORE = -1;
  /** The line is the empty line that ends the section. */
  static final int SECTION_END = -2;
  /** The line cannot end before the section's size limit. */
  static final int TOO_LARGE = -3;

  /** Absolute index of the colon of the last line scanned. */
  int nameEnd;
  /** Absolute index of the first value byte after leading OWS. */
  int valueStart;
  /** Absolute index after the last value byte before trailing OWS. */
  int valueEnd;

  /**
   * Scans the line starting at {@code start}.
   *
   * @param crLimit exclusive bound for the index of the line's CR: a field line whose CR would lie at or
   *     beyond it makes the section too large (the empty line is never too large)
   * @return the index after the line's CRLF, or {@link #NEED_MORE}, {@link #SECTION_END}, {@link #TOO_LARGE}
   * @throws Http1DecodeException if the line is malformed
   */
  int scan(ByteBuf in, int start, int crLimit) {
    int end = in.writerIndex();
    if (start >= end) {
      return NEED_MORE;
    }
    byte first = in.getByte(start);
    if (first == CR) {
      if (start + 1 >= end) {
        return NEED_MORE;
      }
      if (in.getByte(start + 1) == LF) {
        return SECTION_END;
      }
      throw Http1DecodeException.malformed("Expected LF after CR (RFC 9112 §2.2)", in, start, start + 2);
    }
    if (first == LF) {
      throw Http1DecodeException.malformed("Expected CRLF line ending, got a bare LF (RFC 9112 §2.2)", in, start, start + 1);
    }
    if (Http1Chars.isOws(first)) {
      throw Http1DecodeException.malformed(
          "Expected a field name; obsolete line folding is not accepted (RFC 9112 §5.2)", in, start, start + 16);
    }
    int scanEnd = Math.min(end, crLimit);
    int nameEnd = scanEnd > start ? in.forEachByte(start, scanEnd - start, Http1Chars.WHILE_TCHAR) : -1;
    if (nameEnd < 0) {
      return end >= crLimit ? TOO_LARGE : NEED_MORE;
    }
    byte delimiter = in.getByte(nameEnd);
    if (delimiter != ':') {
      throw Http1DecodeException.malformed(Http1Chars.isOws(delimiter)
          ? "Expected ':' right after the field name, no whitespace (RFC 9112 §5.1)"
          : "Expected a field name of token characters followed by ':' (RFC 9110 §5.1)", in, start, nameEnd + 1);
    }
    if (nameEnd == start) {
      throw Http1DecodeException.malformed("Expected a non-empty field name (RFC 9110 §5.1)", in, start, start + 16);
    }
    int valueFrom = nameEnd + 1;
    int stop = scanEnd > valueFrom ? in.forEachByte(valueFrom, scanEnd - valueFrom, Http1Chars.WHILE_FIELD_CONTENT) : -1;
    if (stop < 0) {
      return end >= crLimit ? TOO_LARGE : NEED_MORE;
    }
    byte terminator = in.getByte(stop);
    if (terminator != CR) {
      throw Http1DecodeException.malformed(terminator == LF
          ? "Expected CRLF line ending, got a bare LF (RFC 9112 §2.2)"
          : "Expected a field value of VCHAR, SP, HTAB or obs-text (RFC 9110 §5.5)", in, start, stop + 1);
    }
    if (stop + 1 >= end) {
      return NEED_MORE;
    }
    if (in.getByte(stop + 1) != LF) {
      throw Http1DecodeException.malformed("Expected LF after CR (RFC 9112 §2.2)", in, stop, stop + 2);
    }
    this.nameEnd = nameEnd;
    this.valueStart = Http1Chars.skipOws(in, valueFrom, stop);
    this.valueEnd = Http1Chars.trimOwsEnd(in, this.valueStart, stop);
    return stop + 2;
  }
}
