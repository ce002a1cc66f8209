package dev.fastpath.http1;

import java.nio.charset.StandardCharsets;

/**
 * Grammar checks of the field values that decide framing and routing: {@code Content-Length},
 * {@code Host} and the comma-separated lists of {@code Transfer-Encoding}, {@code Connection} and
 * {@code Expect}. All work on a line array and allocate nothing.
 */
final class Http1FieldRules {

  static final byte[] CHUNKED = bytes("chunked");
  static final byte[] CLOSE = bytes("close");
  static final byte[] KEEP_ALIVE = bytes("keep-alive");
  static final byte[] CONTINUE = bytes("100-continue");

  /** A port has at most five digits (0–65535). */
  private static final int MAX_PORT_DIGITS = 5;

  private Http1FieldRules() {}

  private static byte[] bytes(String lowerCase) {
    return lowerCase.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Parses {@code Content-Length = 1*DIGIT} (RFC 9110 §8.6): no sign, no whitespace inside, no list.
   *
   * @throws Http1DecodeException when the value is not 1*DIGIT or does not fit a {@code long}
   */
  static long contentLength(byte[] a, int from, int to) {
    if (from == to) {
      throw Http1DecodeException.malformed("Expected Content-Length to be 1*DIGIT (RFC 9110 §8.6)", a, from, to);
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      byte b = a[i];
      if (!Http1Chars.isDigit(b)) {
        throw Http1DecodeException.malformed("Expected Content-Length to be 1*DIGIT (RFC 9110 §8.6)", a, from, to);
      }
      int digit = b - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        throw Http1DecodeException.malformed("Expected a Content-Length that fits 63 bits", a, from, to);
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
  static boolean isValidHost(byte[] a, int from, int to) {
    if (from == to) {
      return true;
    }
    int i = from;
    if (a[i] == '[') {
      int close = Http1Chars.indexOf(a, i + 1, to, (byte) ']');
      if (close < 0 || close == i + 1) {
        return false;
      }
      for (int j = i + 1; j < close; j++) {
        if (a[j] != ':' && !Http1Chars.HOST_CHAR[a[j] & 0xFF]) {
          return false;
        }
      }
      i = close + 1;
    } else {
      i = regNameEnd(a, from, to);
      if (i < 0 || i == from) {
        return false;
      }
    }
    if (i == to) {
      return true;
    }
    if (a[i] != ':' || to - i - 1 > MAX_PORT_DIGITS) {
      return false;
    }
    for (int j = i + 1; j < to; j++) {
      if (!Http1Chars.isDigit(a[j])) {
        return false;
      }
    }
    return true;
  }

  /** End of a reg-name (at {@code :} or {@code to}), or -1 for a character outside it. */
  private static int regNameEnd(byte[] a, int from, int to) {
    int i = from;
    while (i < to) {
      byte b = a[i];
      if (b == ':') {
        return i;
      }
      if (b == '%') {
        if (i + 2 >= to || !Http1Chars.HEXDIG[a[i + 1] & 0xFF] || !Http1Chars.HEXDIG[a[i + 2] & 0xFF]) {
          return -1;
        }
        i += 3;
      } else if (Http1Chars.HOST_CHAR[b & 0xFF]) {
        i++;
      } else {
        return -1;
      }
    }
    return i;
  }

  /** Index of the next comma in {@code [from, to)}, or {@code to}. */
  static int elementEnd(byte[] a, int from, int to) {
    int comma = Http1Chars.indexOf(a, from, to, (byte) ',');
    return comma < 0 ? to : comma;
  }

  /** Whether the OWS-trimmed element {@code [from, to)} equals the lower-case {@code token} ignoring case. */
  static boolean elementIs(byte[] a, int from, int to, byte[] token) {
    int start = Http1Chars.skipOws(a, from, to);
    return Http1Chars.equalsIgnoreCase(a, start, Http1Chars.trimOwsEnd(a, start, to), token);
  }

  /** Whether the element {@code [from, to)} is empty or only OWS. */
  static boolean elementIsEmpty(byte[] a, int from, int to) {
    return Http1Chars.skipOws(a, from, to) == to;
  }
}
