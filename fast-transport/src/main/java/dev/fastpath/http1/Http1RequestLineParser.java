package dev.fastpath.http1;

import static dev.fastpath.http1.Http1Chars.CR;
import static dev.fastpath.http1.Http1Chars.LF;
import static dev.fastpath.http1.Http1Chars.SP;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http1.Http1DecodeFailure.Kind;
import io.netty.buffer.ByteBuf;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code request-line = method SP request-target SP HTTP-version CRLF} (RFC 9112 §3) at the reader
 * index. Syntax errors are 400, an HTTP major version other than 1 is 505, a valid but unknown method
 * (and CONNECT) is 501, in that order. Offsets are relative to the start of the line.
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
   * @return the length of the line including its CRLF, or -1 if it is not complete yet
   * @throws Http1DecodeException for a line that breaks RFC 9112 §3 or is longer than {@code maxLength}
   */
  int parse(ByteBuf in, int maxLength) {
    int base = in.readerIndex();
    int end = in.writerIndex();
    // The CR may sit at base + maxLength at the latest; scan no further than that, so an endless line
    // is refused as soon as maxLength + 1 bytes without CR have arrived.
    int scanEnd = (int) Math.min(end, (long) base + maxLength + 1);
    int lineEnd = in.forEachByte(base, scanEnd - base, Http1Chars.WHILE_REQUEST_LINE);
    if (lineEnd < 0) {
      if (scanEnd - base > maxLength) {
        throw Http1DecodeException.of(Kind.URI_TOO_LONG, "Expected a request-line of at most " + maxLength + " bytes");
      }
      return -1;
    }
    byte terminator = in.getByte(lineEnd);
    if (terminator != CR) {
      throw Http1DecodeException.malformed(terminator == LF
          ? "Expected CRLF at the end of the request-line, got a bare LF (RFC 9112 §2.2)"
          : "Expected only visible ASCII and single spaces in the request-line (RFC 9112 §3)", in, base, lineEnd + 1);
    }
    if (lineEnd + 1 >= end) {
      return -1;
    }
    if (in.getByte(lineEnd + 1) != LF) {
      throw Http1DecodeException.malformed("Expected LF after CR (RFC 9112 §2.2)", in, base, lineEnd + 2);
    }
    parseLine(in, base, lineEnd);
    return lineEnd + 2 - base;
  }

  private void parseLine(ByteBuf in, int base, int lineEnd) {
    int methodEnd = in.forEachByte(base, lineEnd - base, Http1Chars.WHILE_TCHAR);
    if (methodEnd <= base || in.getByte(methodEnd) != SP) {
      throw Http1DecodeException.malformed(
          "Expected a method token followed by a single SP (RFC 9112 §3)", in, base, lineEnd);
    }
    int target = methodEnd + 1;
    int targetEnd = target < lineEnd ? in.indexOf(target, lineEnd, SP) : -1;
    if (targetEnd < 0) {
      throw Http1DecodeException.malformed(
          "Expected method SP request-target SP HTTP-version (RFC 9112 §3)", in, base, lineEnd);
    }
    if (targetEnd == target) {
      throw Http1DecodeException.malformed(
          "Expected a request-target after a single SP (RFC 9112 §3)", in, base, lineEnd);
    }
    if (in.indexOf(target, targetEnd, (byte) '#') >= 0) {
      throw Http1DecodeException.malformed(
          "Expected a request-target without a fragment (RFC 9112 §3.2)", in, target, targetEnd);
    }
    this.version = version(in, targetEnd + 1, lineEnd);
    this.method = method(in, base, methodEnd - base);
    if (this.method == null || this.method == HttpMethod.CONNECT) {
      throw Http1DecodeException.of(Kind.UNKNOWN_METHOD, "Expected a method this server implements", in, base, methodEnd);
    }
    this.targetStart = target - base;
    this.targetLength = targetEnd - target;
    target(in, base, target, targetEnd);
  }

  /** {@code HTTP-version = "HTTP" "/" DIGIT "." DIGIT}, case-sensitive (RFC 9112 §2.3). */
  private static HttpVersion version(ByteBuf in, int start, int lineEnd) {
    if (lineEnd - start != VERSION_LENGTH || in.getInt(start) != HTTP || in.getByte(start + 4) != '/'
        || !Http1Chars.isDigit(in.getByte(start + 5)) || in.getByte(start + 6) != '.'
        || !Http1Chars.isDigit(in.getByte(start + 7))) {
      throw Http1DecodeException.malformed(
          "Expected HTTP-version HTTP/DIGIT.DIGIT at the end of the request-line (RFC 9112 §2.3)", in, start, lineEnd);
    }
    if (in.getByte(start + 5) != '1') {
      throw Http1DecodeException.of(Kind.UNSUPPORTED_VERSION, "Expected HTTP/1.0 or HTTP/1.1", in, start, lineEnd);
    }
    // RFC 9110 §6.2: a higher minor version is answered as the highest one we implement.
    return in.getByte(start + 7) == '0' ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
  }

  /** Compares the method token as packed words; a miss allocates nothing either. */
  private static @Nullable HttpMethod method(ByteBuf in, int start, int length) {
    switch (length) {
      case 3: {
        int word = in.getMedium(start);
        return word == GET ? HttpMethod.GET : word == PUT ? HttpMethod.PUT : null;
      }
      case 4: {
        int word = in.getInt(start);
        return word == POST ? HttpMethod.POST : word == HEAD ? HttpMethod.HEAD : null;
      }
      case 5: {
        int word = in.getInt(start);
        byte last = in.getByte(start + 4);
        return word == PATC && last == 'H' ? HttpMethod.PATCH : word == TRAC && last == 'E' ? HttpMethod.TRACE : null;
      }
      case 6:
        return in.getInt(start) == DELE && in.getShort(start + 4) == TE ? HttpMethod.DELETE : null;
      case 7: {
        int word = in.getInt(start);
        int rest = in.getMedium(start + 4);
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
  private void target(ByteBuf in, int base, int target, int targetEnd) {
    byte first = in.getByte(target);
    if (first == '/') {
      pathAndQuery(in, base, target, targetEnd);
    } else if (first == '*' && targetEnd - target == 1) {
      if (this.method != HttpMethod.OPTIONS) {
        throw Http1DecodeException.malformed(
            "Expected the asterisk-form request-target only with OPTIONS (RFC 9112 §3.2.4)", in, target, targetEnd);
      }
      this.pathStart = target - base;
      this.pathLength = 1;
    } else {
      absoluteForm(in, base, target, targetEnd);
    }
  }

  private void absoluteForm(ByteBuf in, int base, int target, int targetEnd) {
    int authority = schemeEnd(in, target, targetEnd);
    if (authority < 0) {
      throw Http1DecodeException.malformed(
          "Expected an origin-form (/path) or absolute-form (http://host/path) request-target (RFC 9112 §3.2)",
          in, target, targetEnd);
    }
    int authorityEnd = in.forEachByte(authority, targetEnd - authority, b -> b != '/' && b != '?');
    if (authorityEnd < 0) {
      authorityEnd = targetEnd;
    }
    // RFC 9110 §4.2.1: an http(s) URI has a non-empty host; §4.2.4: userinfo is treated as an error.
    if (authorityEnd == authority || !Http1FieldRules.isValidHost(in, authority, authorityEnd)) {
      throw Http1DecodeException.malformed(
          "Expected a host [\":\" port] without userinfo in the absolute-form request-target", in, target, targetEnd);
    }
    if (authorityEnd < targetEnd && in.getByte(authorityEnd) == '/') {
      pathAndQuery(in, base, authorityEnd, targetEnd);
    } else {
      // RFC 9112 §3.2.2 / RFC 9110 §4.2.3: an empty path is the same as "/".
      this.pathStart = IMPLIED_SLASH;
      this.pathLength = 1;
      if (authorityEnd < targetEnd) {
        this.queryStart = authorityEnd + 1 - base;
        this.queryLength = targetEnd - authorityEnd - 1;
      }
    }
  }

  /** Index after {@code http://} or {@code https://} (scheme case-insensitive), or -1. */
  private static int schemeEnd(ByteBuf in, int target, int targetEnd) {
    int colon = in.indexOf(target, targetEnd, (byte) ':');
    if (colon < 0 || colon + 3 > targetEnd || in.getByte(colon + 1) != '/' || in.getByte(colon + 2) != '/') {
      return -1;
    }
    int schemeLength = colon - target;
    boolean http = Http1Chars.equalsIgnoreCase(in, target, schemeLength, "http")
        || Http1Chars.equalsIgnoreCase(in, target, schemeLength, "https");
    return http ? colon + 3 : -1;
  }

  private void pathAndQuery(ByteBuf in, int base, int path, int targetEnd) {
    int question = in.indexOf(path, targetEnd, (byte) '?');
    int pathEnd = question < 0 ? targetEnd : question;
    this.pathStart = path - base;
    this.pathLength = pathEnd - path;
    if (question >= 0) {
      this.queryStart = question + 1 - base;
      this.queryLength = targetEnd - question - 1;
    }
  }
}
