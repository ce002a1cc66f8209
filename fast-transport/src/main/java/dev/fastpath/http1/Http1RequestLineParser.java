package dev.fastpath.http1;

import static dev.fastpath.http1.Http1Chars.CR;
import static dev.fastpath.http1.Http1Chars.LF;
import static dev.fastpath.http1.Http1Chars.SP;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http1.Http1DecodeFailure.Kind;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code request-line = method SP request-target SP HTTP-version CRLF} (RFC 9112 §3) at the reader
 * index. Syntax errors are 400, an HTTP major version other than 1 is 505, a valid but unknown method
 * (and CONNECT) is 501, in that order. The line is parsed in the {@link Http1Window}, whose indexes are
 * offsets into the head.
 */
final class Http1RequestLineParser {

  /** {@link #pathStart} when the path is the implied {@code /} of an absolute-form target without one. */
  static final int IMPLIED_SLASH = -1;

  private static final int GET = Http1HeadParser.packInt("GET");
  private static final int PUT = Http1HeadParser.packInt("PUT");
  private static final int POST = Http1HeadParser.packInt("POST");
  private static final int HEAD = Http1HeadParser.packInt("HEAD");
  private static final int PATC = Http1HeadParser.packInt("PATC");
  private static final int TRAC = Http1HeadParser.packInt("TRAC");
  private static final int DELE = Http1HeadParser.packInt("DELE");
  private static final int TE = Http1HeadParser.packInt("TE");
  private static final int OPTI = Http1HeadParser.packInt("OPTI");
  private static final int ONS = Http1HeadParser.packInt("ONS");
  private static final int CONN = Http1HeadParser.packInt("CONN");
  private static final int ECT = Http1HeadParser.packInt("ECT");
  private static final int HTTP = Http1HeadParser.packInt("HTTP");
  private static final byte[] HTTP_SCHEME = "http".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HTTPS_SCHEME = "https".getBytes(StandardCharsets.US_ASCII);
  /** {@code HTTP/x.y} */
  private static final int VERSION_LENGTH = 8;

  @Nullable HttpMethod method;
  HttpVersion version = HttpVersion.HTTP_1_1;
  int targetStart;
  int targetLength;
  int pathStart;
  int pathLength;
  /** -1 when the target has no {@code ?}. */
  int queryStart;
  int queryLength;

  void reset() {
    this.method = null;
    this.version = HttpVersion.HTTP_1_1;
    this.targetStart = 0;
    this.targetLength = 0;
    this.pathStart = 0;
    this.pathLength = 0;
    this.queryStart = -1;
    this.queryLength = 0;
  }

  /**
   * Parses the request-line at the reader index, index 0 of the synced {@code window} (so window
   * indexes are head offsets).
   *
   * @return the length of the line including its CRLF, or -1 if it is not complete yet
   * @throws Http1DecodeException for a line that breaks RFC 9112 §3 or is longer than {@code maxLength}
   */
  int parse(ByteBuf in, int maxLength, Http1Window window) {
    // At most maxLength bytes before the CR, so the CR lies before index maxLength + 1.
    int lineEnd = window.skipRequestLineChars(in, 0, maxLength + 1);
    if (lineEnd == Http1Window.NEED_MORE) {
      return -1;
    }
    if (lineEnd == Http1Window.TOO_LONG) {
      throw Http1DecodeException.of(Kind.URI_TOO_LONG, "Expected a request-line of at most " + maxLength + " bytes");
    }
    byte[] a = window.bytes;
    if (a[lineEnd] != CR) {
      throw Http1DecodeException.malformed(a[lineEnd] == LF
          ? "Expected CRLF at the end of the request-line, got a bare LF (RFC 9112 §2.2)"
          : "Expected only visible ASCII and single spaces in the request-line (RFC 9112 §3)", a, 0, lineEnd + 1);
    }
    int end = window.lfAfter(in, lineEnd);
    if (end < 0) {
      return -1;
    }
    parseLine(window.bytes, lineEnd);
    return end;
  }

  private void parseLine(byte[] a, int lineEnd) {
    int methodEnd = Http1Chars.skip(a, 0, lineEnd, Http1Chars.TCHAR);
    if (methodEnd == 0 || methodEnd == lineEnd || a[methodEnd] != SP) {
      throw Http1DecodeException.malformed(
          "Expected a method token followed by a single SP (RFC 9112 §3)", a, 0, lineEnd);
    }
    int target = methodEnd + 1;
    // One pass over the target: its end, the first '?', and no '#' (RFC 9112 §3.2: no fragment).
    int targetEnd = target;
    int question = -1;
    while (targetEnd < lineEnd) {
      byte b = a[targetEnd];
      if (b == SP) {
        break;
      }
      if (b == '?' && question < 0) {
        question = targetEnd;
      } else if (b == '#') {
        throw Http1DecodeException.malformed(
            "Expected a request-target without a fragment (RFC 9112 §3.2)", a, target, lineEnd);
      }
      targetEnd++;
    }
    if (targetEnd == lineEnd) {
      throw Http1DecodeException.malformed(
          "Expected method SP request-target SP HTTP-version (RFC 9112 §3)", a, 0, lineEnd);
    }
    if (targetEnd == target) {
      throw Http1DecodeException.malformed(
          "Expected a request-target after a single SP (RFC 9112 §3)", a, 0, lineEnd);
    }
    this.version = version(a, targetEnd + 1, lineEnd);
    this.method = method(a, methodEnd);
    if (this.method == null || this.method == HttpMethod.CONNECT) {
      throw Http1DecodeException.of(Kind.UNKNOWN_METHOD, "Expected a method this server implements", a, 0, methodEnd);
    }
    this.targetStart = target;
    this.targetLength = targetEnd - target;
    target(a, target, targetEnd, question);
  }

  /** {@code HTTP-version = "HTTP" "/" DIGIT "." DIGIT}, case-sensitive (RFC 9112 §2.3). */
  private static HttpVersion version(byte[] a, int start, int lineEnd) {
    if (lineEnd - start != VERSION_LENGTH || Http1Chars.getInt(a, start) != HTTP || a[start + 4] != '/'
        || !Http1Chars.isDigit(a[start + 5]) || a[start + 6] != '.' || !Http1Chars.isDigit(a[start + 7])) {
      throw Http1DecodeException.malformed(
          "Expected HTTP-version HTTP/DIGIT.DIGIT at the end of the request-line (RFC 9112 §2.3)", a, start, lineEnd);
    }
    if (a[start + 5] != '1') {
      throw Http1DecodeException.of(Kind.UNSUPPORTED_VERSION, "Expected HTTP/1.0 or HTTP/1.1", a, start, lineEnd);
    }
    // RFC 9110 §6.2: a higher minor version is answered as the highest one we implement.
    return a[start + 7] == '0' ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
  }

  /** Compares the method token as packed words; a miss allocates nothing either. */
  private static @Nullable HttpMethod method(byte[] a, int length) {
    switch (length) {
      case 3: {
        int word = Http1Chars.getMedium(a, 0);
        return word == GET ? HttpMethod.GET : word == PUT ? HttpMethod.PUT : null;
      }
      case 4: {
        int word = Http1Chars.getInt(a, 0);
        return word == POST ? HttpMethod.POST : word == HEAD ? HttpMethod.HEAD : null;
      }
      case 5: {
        int word = Http1Chars.getInt(a, 0);
        byte last = a[4];
        return word == PATC && last == 'H' ? HttpMethod.PATCH : word == TRAC && last == 'E' ? HttpMethod.TRACE : null;
      }
      case 6:
        return Http1Chars.getInt(a, 0) == DELE && Http1Chars.getShort(a, 4) == TE ? HttpMethod.DELETE : null;
      case 7: {
        int word = Http1Chars.getInt(a, 0);
        int rest = Http1Chars.getMedium(a, 4);
        return word == OPTI && rest == ONS ? HttpMethod.OPTIONS : word == CONN && rest == ECT ? HttpMethod.CONNECT : null;
      }
      default:
        return null;
    }
  }

  /**
   * The four forms of RFC 9112 §3.2: origin-form for every method, asterisk-form only for OPTIONS,
   * absolute-form ({@code http(s)://authority[path][?query]}, §3.2.2) with path and query taken from it;
   * authority-form belongs to CONNECT, which was refused already.
   */
  private void target(byte[] a, int target, int targetEnd, int question) {
    byte first = a[target];
    if (first == '/') {
      pathAndQuery(target, targetEnd, question);
    } else if (first == '*' && targetEnd - target == 1) {
      if (this.method != HttpMethod.OPTIONS) {
        throw Http1DecodeException.malformed(
            "Expected the asterisk-form request-target only with OPTIONS (RFC 9112 §3.2.4)", a, target, targetEnd);
      }
      this.pathStart = target;
      this.pathLength = 1;
    } else {
      absoluteForm(a, target, targetEnd);
    }
  }

  private void absoluteForm(byte[] a, int target, int targetEnd) {
    int authority = schemeEnd(a, target, targetEnd);
    if (authority < 0) {
      throw Http1DecodeException.malformed(
          "Expected an origin-form (/path) or absolute-form (http://host/path) request-target (RFC 9112 §3.2)",
          a, target, targetEnd);
    }
    int authorityEnd = authority;
    while (authorityEnd < targetEnd && a[authorityEnd] != '/' && a[authorityEnd] != '?') {
      authorityEnd++;
    }
    // RFC 9110 §4.2.1: an http(s) URI has a non-empty host; §4.2.4: userinfo is treated as an error.
    if (authorityEnd == authority || !Http1FieldRules.isValidHost(a, authority, authorityEnd)) {
      throw Http1DecodeException.malformed(
          "Expected a host [\":\" port] without userinfo in the absolute-form request-target", a, target, targetEnd);
    }
    if (authorityEnd < targetEnd && a[authorityEnd] == '/') {
      pathAndQuery(authorityEnd, targetEnd, Http1Chars.indexOf(a, authorityEnd, targetEnd, (byte) '?'));
    } else {
      // RFC 9112 §3.2.2 / RFC 9110 §4.2.3: an empty path is the same as "/".
      this.pathStart = IMPLIED_SLASH;
      this.pathLength = 1;
      if (authorityEnd < targetEnd) {
        this.queryStart = authorityEnd + 1;
        this.queryLength = targetEnd - authorityEnd - 1;
      }
    }
  }

  /** Index after {@code http://} or {@code https://} (scheme case-insensitive), or -1. */
  private static int schemeEnd(byte[] a, int target, int targetEnd) {
    int colon = Http1Chars.indexOf(a, target, targetEnd, (byte) ':');
    if (colon < 0 || colon + 3 > targetEnd || a[colon + 1] != '/' || a[colon + 2] != '/') {
      return -1;
    }
    boolean http = Http1Chars.equalsIgnoreCase(a, target, colon, HTTP_SCHEME)
        || Http1Chars.equalsIgnoreCase(a, target, colon, HTTPS_SCHEME);
    return http ? colon + 3 : -1;
  }

  /** The path runs from {@code path} to the first {@code ?} ({@code question}, or -1) or the target's end. */
  private void pathAndQuery(int path, int targetEnd, int question) {
    int pathEnd = question < 0 ? targetEnd : question;
    this.pathStart = path;
    this.pathLength = pathEnd - path;
    if (question >= 0) {
      this.queryStart = question + 1;
      this.queryLength = targetEnd - question - 1;
    }
  }
}
