package dev.fastpath.http1;

import io.netty.buffer.ByteBuf;

/**
 * Grammar checks of the field values that decide framing and routing: {@code Content-Length},
 * {@code Host} and the comma-separated lists of {@code Transfer-Encoding}, {@code Connection} and
 * {@code Expect}. All work on absolute buffer indexes and allocate nothing.
 */
final class Http1FieldRules {

  /** A port has at most five digits (0–65535). */
  private static final int MAX_PORT_DIGITS = 5;

  private Http1FieldRules() {}

  /**
   * Parses {@code Content-Length = 1*DIGIT} (RFC 9110 §8.6): no sign, no whitespace inside, no list.
   *
   * @throws Http1DecodeException when the value is not 1*DIGIT or does not fit a {@code long}
   */
  static long contentLength(ByteBuf in, int from, int to) {
    if (from == to) {
      throw Http1DecodeException.malformed("Expected Content-Length to be 1*DIGIT (RFC 9110 §8.6)", in, from, to);
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      byte b = in.getByte(i);
      if (!Http1Chars.isDigit(b)) {
        throw Http1DecodeException.malformed("Expected Content-Length to be 1*DIGIT (RFC 9110 §8.6)", in, from, to);
      }
      int digit = b - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        throw Http1DecodeException.malformed("Expected a Content-Length that fits 63 bits", in, from, to);
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * Whether {@code [from, to)} is a valid {@code Host} value, {@code uri-host [ ":" port ]} (RFC 9110
   * §7.2, RFC 3986 §3.2.2). The empty value is valid: a client sends it when the target URI has no
   * authority. A host is a reg-name or IPv4 address (unreserved, sub-delims, pct-encoded) or an
   * IP-literal in brackets; userinfo ({@code @}) is not part of a Host and is refused.
   */
  static boolean isValidHost(ByteBuf in, int from, int to) {
    if (from == to) {
      return true;
    }
    int i = from;
    if (in.getByte(i) == '[') {
      int close = in.indexOf(i + 1, to, (byte) ']');
      if (close < 0 || close == i + 1) {
        return false;
      }
      for (int j = i + 1; j < close; j++) {
        byte b = in.getByte(j);
        if (b != ':' && !Http1Chars.HOST_CHAR[b & 0xFF]) {
          return false;
        }
      }
      i = close + 1;
    } else {
      while (i < to) {
        byte b = in.getByte(i);
        if (b == ':') {
          break;
        }
        if (b == '%') {
          if (i + 2 >= to || !Http1Chars.HEXDIG[in.getByte(i + 1) & 0xFF] || !Http1Chars.HEXDIG[in.getByte(i + 2) & 0xFF]) {
            return false;
          }
          i += 3;
          continue;
        }
        if (!Http1Chars.HOST_CHAR[b & 0xFF]) {
          return false;
        }
        i++;
      }
      if (i == from) {
        return false;
      }
    }
    if (i == to) {
      return true;
    }
    if (in.getByte(i) != ':' || to - i - 1 > MAX_PORT_DIGITS) {
      return false;
    }
    for (int j = i + 1; j < to; j++) {
      if (!Http1Chars.isDigit(in.getByte(j))) {
        return false;
      }
    }
    return true;
  }

  /** Index of the next comma in {@code [from, to)}, or {@code to}. */
  static int elementEnd(ByteBuf in, int from, int to) {
    int comma = from < to ? in.indexOf(from, to, (byte) ',') : -1;
    return comma < 0 ? to : comma;
  }

  /** Whether the OWS-trimmed element {@code [from, to)} equals {@code token} ignoring case. */
  static boolean elementIs(ByteBuf in, int from, int to, String token) {
    int start = Http1Chars.skipOws(in, from, to);
    int end = Http1Chars.trimOwsEnd(in, start, to);
    return Http1Chars.equalsIgnoreCase(in, start, end - start, token);
  }

  /** Whether the element {@code [from, to)} is empty or only OWS. */
  static boolean elementIsEmpty(ByteBuf in, int from, int to) {
    return Http1Chars.skipOws(in, from, to) == to;
  }
}
