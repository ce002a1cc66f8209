package dev.fastpath.http1;

import dev.fastpath.http.HttpVersion;
import dev.fastpath.http1.Http1DecodeFailure.Kind;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * Parses the head of one request (request-line and header section, RFC 9112 §2–§5) one line at a time
 * and decides its framing (§6). It reads the bytes from the {@link Http1Window}, whose indexes are head
 * offsets: the head's first byte stays at the reader index until the request is complete, so offsets
 * survive the cumulation being copied or compacted between reads. Parsing resumes at the first
 * incomplete line. One instance per connection, reset per request.
 */
final class Http1HeadParser {

  private static final int INITIAL_FIELD_CAPACITY = 16;
  /** Ints per field line: name start, name length, value start, value end. */
  static final int FIELD_STRIDE = 4;

  // Packed big-endian words of the names the parser acts on,
  // compared after OR-ing 0x20 into every byte; that lower-cases letters, and the only non-letter
  // byte of these names, '-', is unchanged (no other tchar turns into '-' or a letter).
  private static final int HOST = packInt("host");
  private static final int EXPE = packInt("expe");
  private static final int CT = packInt("ct");
  private static final long CONNECTI = packLong("connecti");
  private static final int ON = packInt("on");
  private static final long CONTENT_ = packLong("content-");
  private static final int LENG = packInt("leng");
  private static final int TH = packInt("th");
  private static final long TRANSFER = packLong("transfer");
  private static final long ENCODIN = packLong("-encodin");
  private static final int LOWER_4 = 0x20202020;
  private static final int LOWER_2 = 0x2020;
  private static final long LOWER_8 = 0x2020202020202020L;

  private final Http1DecoderConfig config;
  private final Http1RequestLineParser requestLine = new Http1RequestLineParser();
  private final Http1Window window;
  private final Http1FieldLine fieldLine = new Http1FieldLine();

  /** Offset of the next unparsed line, relative to the head start. */
  private int scan;
  private int headersStart;
  /** Length of the whole head with the final empty line, once complete. */
  int headLength;

  /** An array of length 0 while the table is given back to a {@link Http1ScratchPool}. */
  static final int[] LENT = new int[0];

  int[] fields = newFields();
  int fieldCount;

  private boolean hasHost;
  /** The declared Content-Length, or -1 when there is none. */
  long contentLength;
  private boolean transferEncoding;
  private boolean chunkedSeen;
  private boolean otherCoding;
  private boolean connectionClose;
  private boolean connectionKeepAlive;
  private boolean expectContinueSeen;
  private boolean expectOther;

  boolean chunked;
  boolean keepAlive;
  boolean expectContinue;

  Http1HeadParser(Http1DecoderConfig config, Http1Window window) {
    this.config = config;
    this.window = window;
    reset();
  }

  Http1RequestLineParser requestLine() {
    return this.requestLine;
  }

  /** Forgets the previous request; keeps the field array for reuse. */
  static int[] newFields() {
    return new int[INITIAL_FIELD_CAPACITY * FIELD_STRIDE];
  }

  void reset() {
    this.requestLine.reset();
    this.scan = 0;
    this.headersStart = 0;
    this.headLength = 0;
    this.fieldCount = 0;
    this.hasHost = false;
    this.contentLength = -1;
    this.transferEncoding = false;
    this.chunkedSeen = false;
    this.otherCoding = false;
    this.connectionClose = false;
    this.connectionKeepAlive = false;
    this.expectContinueSeen = false;
    this.expectOther = false;
    this.chunked = false;
    this.keepAlive = false;
    this.expectContinue = false;
  }

  /**
   * Parses the request-line starting at the reader index.
   *
   * @return whether it was complete
   */
  boolean parseRequestLine(ByteBuf in) {
    this.window.sync(in);
    int length = this.requestLine.parse(in, this.config.maxInitialLineLength(), this.window);
    if (length < 0) {
      return false;
    }
    this.headersStart = length;
    this.scan = length;
    return true;
  }

  /**
   * Parses field lines until the empty line, then checks the framing rules.
   *
   * @return whether the head is complete ({@link #headLength} is then set)
   */
  boolean parseFields(ByteBuf in) {
    Http1Window window = this.window;
    window.sync(in);
    // The section's bytes, CRLFs included, end by headersStart + maxHeaderSize: a CR lies before - 1.
    int crBound = this.headersStart + this.config.maxHeaderSize() - 1;
    for (;;) {
      int start = this.scan;
      int kind = Http1FieldLine.lineStart(window, in, start);
      if (kind == Http1FieldLine.NEED_MORE) {
        return false;
      }
      if (kind == Http1FieldLine.SECTION_END) {
        this.headLength = start + 2;
        finish();
        return true;
      }
      int end = this.fieldLine.scan(window, in, start, crBound);
      if (end == Http1Window.NEED_MORE) {
        return false;
      }
      if (end == Http1Window.TOO_LONG) {
        throw Http1DecodeException.of(Kind.HEADERS_TOO_LARGE,
            "Expected a header section of at most " + this.config.maxHeaderSize() + " bytes");
      }
      addField(window.bytes, start);
      this.scan = end;
    }
  }

  private void addField(byte[] a, int start) {
    if (this.fieldCount == this.config.maxHeaderCount()) {
      throw Http1DecodeException.of(Kind.HEADERS_TOO_LARGE,
          "Expected at most " + this.config.maxHeaderCount() + " header fields");
    }
    int slot = this.fieldCount * FIELD_STRIDE;
    if (slot == this.fields.length) {
      this.fields = Arrays.copyOf(this.fields, slot * 2);
    }
    Http1FieldLine line = this.fieldLine;
    int nameLength = line.nameEnd - start;
    this.fields[slot] = start;
    this.fields[slot + 1] = nameLength;
    this.fields[slot + 2] = line.valueStart;
    this.fields[slot + 3] = line.valueEnd;
    this.fieldCount++;
    actOnKnownField(a, start, nameLength, line.valueStart, line.valueEnd);
  }

  /** Recognizes the fields that decide framing and persistence by length and a packed compare. */
  private void actOnKnownField(byte[] a, int name, int nameLength, int from, int to) {
    switch (nameLength) {
      case 4:
        if ((Http1Chars.getInt(a, name) | LOWER_4) == HOST) {
          host(a, from, to);
        }
        break;
      case 6:
        if ((Http1Chars.getInt(a, name) | LOWER_4) == EXPE && (Http1Chars.getShort(a, name + 4) | LOWER_2) == CT) {
          expect(a, from, to);
        }
        break;
      case 10:
        if ((Http1Chars.getLong(a, name) | LOWER_8) == CONNECTI && (Http1Chars.getShort(a, name + 8) | LOWER_2) == ON) {
          connection(a, from, to);
        }
        break;
      case 14:
        if ((Http1Chars.getLong(a, name) | LOWER_8) == CONTENT_ && (Http1Chars.getInt(a, name + 8) | LOWER_4) == LENG
            && (Http1Chars.getShort(a, name + 12) | LOWER_2) == TH) {
          if (this.contentLength >= 0) {
            throw Http1DecodeException.malformed(
                "Expected at most one Content-Length field line (RFC 9112 §6.3)", a, from, to);
          }
          this.contentLength = Http1FieldRules.contentLength(a, from, to);
        }
        break;
      case 17:
        if ((Http1Chars.getLong(a, name) | LOWER_8) == TRANSFER && (Http1Chars.getLong(a, name + 8) | LOWER_8) == ENCODIN
            && (a[name + 16] | 0x20) == 'g') {
          transferEncoding(a, from, to);
        }
        break;
      default:
        break;
    }
  }

  private void host(byte[] a, int from, int to) {
    if (this.hasHost) {
      throw Http1DecodeException.malformed("Expected exactly one Host field line (RFC 9112 §3.2)", a, from, to);
    }
    this.hasHost = true;
    if (!Http1FieldRules.isValidHost(a, from, to)) {
      throw Http1DecodeException.malformed("Expected Host to be uri-host [ \":\" port ] (RFC 9110 §7.2)", a, from, to);
    }
  }

  /**
   * Transfer-Encoding is a list of codings that must end with exactly one {@code chunked} (RFC 9112
   * §6.1, §6.3); anything after {@code chunked}, including a second one, leaves the length undecidable.
   */
  private void transferEncoding(byte[] a, int from, int to) {
    this.transferEncoding = true;
    if (from == to) {
      throw Http1DecodeException.malformed("Expected a transfer coding in Transfer-Encoding", a, from, to);
    }
    int i = from;
    for (;;) {
      int end = Http1FieldRules.elementEnd(a, i, to);
      int start = Http1Chars.skipOws(a, i, end);
      int last = Http1Chars.trimOwsEnd(a, start, end);
      if (start == last || Http1Chars.skip(a, start, last, Http1Chars.TCHAR) != last) {
        throw Http1DecodeException.malformed(
            "Expected Transfer-Encoding to be a comma-separated list of coding names", a, from, to);
      }
      if (this.chunkedSeen) {
        throw Http1DecodeException.malformed(
            "Expected chunked exactly once, as the final transfer coding (RFC 9112 §6.3)", a, from, to);
      }
      if (Http1Chars.equalsIgnoreCase(a, start, last, Http1FieldRules.CHUNKED)) {
        this.chunkedSeen = true;
      } else {
        this.otherCoding = true;
      }
      if (end == to) {
        return;
      }
      i = end + 1;
    }
  }

  /** Connection options are a comma list of case-insensitive tokens (RFC 9110 §7.6.1). */
  private void connection(byte[] a, int from, int to) {
    int i = from;
    while (i <= to) {
      int end = Http1FieldRules.elementEnd(a, i, to);
      if (Http1FieldRules.elementIs(a, i, end, Http1FieldRules.CLOSE)) {
        this.connectionClose = true;
      } else if (Http1FieldRules.elementIs(a, i, end, Http1FieldRules.KEEP_ALIVE)) {
        this.connectionKeepAlive = true;
      }
      i = end + 1;
    }
  }

  /** Expect is a list; only {@code 100-continue} is defined (RFC 9110 §10.1.1); empty elements are ignored. */
  private void expect(byte[] a, int from, int to) {
    int i = from;
    while (i <= to) {
      int end = Http1FieldRules.elementEnd(a, i, to);
      if (Http1FieldRules.elementIs(a, i, end, Http1FieldRules.CONTINUE)) {
        this.expectContinueSeen = true;
      } else if (!Http1FieldRules.elementIsEmpty(a, i, end)) {
        this.expectOther = true;
      }
      i = end + 1;
    }
  }

  /** The rules that need the whole header section, in order of precedence. */
  private void finish() {
    HttpVersion version = this.requestLine.version;
    boolean http11 = version == HttpVersion.HTTP_1_1;
    if (http11 && !this.hasHost) {
      throw Http1DecodeException.of(Kind.MALFORMED, "Expected a Host field line in an HTTP/1.1 request (RFC 9112 §3.2)");
    }
    if (this.transferEncoding) {
      if (!http11) {
        throw Http1DecodeException.of(Kind.MALFORMED,
            "Expected no Transfer-Encoding in an HTTP/1.0 request (RFC 9112 §6.1)");
      }
      if (this.contentLength >= 0) {
        throw Http1DecodeException.of(Kind.MALFORMED,
            "Expected Content-Length or Transfer-Encoding, not both (RFC 9112 §6.3)");
      }
      if (!this.chunkedSeen) {
        throw Http1DecodeException.of(Kind.MALFORMED,
            "Expected chunked as the final transfer coding (RFC 9112 §6.3)");
      }
      if (this.otherCoding) {
        throw Http1DecodeException.of(Kind.UNSUPPORTED_TRANSFER_CODING,
            "Expected only the chunked transfer coding (RFC 9112 §6.1)");
      }
      this.chunked = true;
    } else if (this.contentLength > this.config.maxBodySize()) {
      throw Http1DecodeException.of(Kind.BODY_TOO_LARGE,
          "Expected content of at most " + this.config.maxBodySize() + " bytes");
    }
    if (http11 && this.expectOther) {
      throw Http1DecodeException.of(Kind.EXPECTATION_FAILED, "Expected no expectation other than 100-continue");
    }
    // RFC 9110 §10.1.1: a server that receives 100-continue in an HTTP/1.0 request MUST ignore it.
    this.expectContinue = http11 && this.expectContinueSeen;
    // RFC 9112 §9.3: 1.1 persists unless "close"; 1.0 only with "keep-alive".
    this.keepAlive = !this.connectionClose && (http11 || this.connectionKeepAlive);
  }

  /** Whether the request carries content still to be read: chunked or a positive Content-Length. */
  boolean hasBody() {
    return this.chunked || this.contentLength > 0;
  }

  static int packInt(String s) {
    int word = 0;
    for (int i = 0; i < s.length(); i++) {
      word = word << 8 | s.charAt(i);
    }
    return word;
  }

  static long packLong(String s) {
    long word = 0;
    for (int i = 0; i < s.length(); i++) {
      word = word << 8 | s.charAt(i);
    }
    return word;
  }
}
