package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.fastpath.http1.Http1DecodeFailure.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rejection rule of RFC 9112 / RFC 9110 the decoder enforces, as a table of raw requests. Each is
 * followed in the same read by a valid request that must never be emitted (a smuggling attempt), and
 * fed whole and byte by byte.
 */
@ExtendWith(NettyLeakDetectionExtension.class)
class Http1RequestRejectionTests {

  static final String SMUGGLED = "GET /smuggled HTTP/1.1\r\nHost: evil\r\n\r\n";

  private static final String H = "Host: a\r\n";

  static Stream<Arguments> rejections() {
    return Stream.of(
        // request-line: method (RFC 9112 §3, RFC 9110 §9.1)
        arguments("method with a non-token char", "G(T / HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("empty method", " / HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("unknown token method", "BREW / HTTP/1.1\r\n" + H + "\r\n", 501),
        arguments("method is case-sensitive", "get / HTTP/1.1\r\n" + H + "\r\n", 501),
        arguments("CONNECT is not implemented", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", 501),
        // request-line: separators and target
        arguments("two spaces after method", "GET  / HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("two spaces before version", "GET /  HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("tab as separator", "GET\t/ HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("tab before version", "GET /\tHTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("space inside target", "GET /a b HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("fragment in target", "GET /a#frag HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("non-ASCII in target", "GET /caf\u00e9 HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("NUL in target", "GET /a\u0000b HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("DEL in target", "GET /a\u007fb HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("relative target", "GET a/b HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("asterisk-form with GET", "GET * HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("authority-form without CONNECT", "GET example.com:80 HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("absolute-form with another scheme", "GET ftp://a/b HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("absolute-form without host", "GET http:///b HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("absolute-form with userinfo", "GET http://user:pw@a/b HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("absolute-form with a bad port", "GET http://a:8x/b HTTP/1.1\r\n" + H + "\r\n", 400),
        // request-line: version (RFC 9112 §2.3, RFC 9110 §6.2)
        arguments("missing version (HTTP/0.9)", "GET /\r\n\r\n", 400),
        arguments("lower-case version", "GET / http/1.1\r\n" + H + "\r\n", 400),
        arguments("version without minor", "GET / HTTP/1\r\n" + H + "\r\n", 400),
        arguments("version with two-digit minor", "GET / HTTP/1.10\r\n" + H + "\r\n", 400),
        arguments("trailing space after version", "GET / HTTP/1.1 \r\n" + H + "\r\n", 400),
        arguments("extra token before version", "GET / x HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("letter as major version", "GET / HTTP/x.1\r\n" + H + "\r\n", 400),
        arguments("HTTP/2.0", "GET / HTTP/2.0\r\n" + H + "\r\n", 505),
        arguments("HTTP/0.9 spelled out", "GET / HTTP/0.9\r\n" + H + "\r\n", 505),
        arguments("HTTP/3.0", "GET / HTTP/3.0\r\n" + H + "\r\n", 505),
        // line endings (RFC 9112 §2.2)
        arguments("bare LF after request-line", "GET / HTTP/1.1\n" + H + "\r\n", 400),
        arguments("bare CR after request-line", "GET / HTTP/1.1\r" + H + "\r\n", 400),
        arguments("CR CR LF after request-line", "GET / HTTP/1.1\r\r\n" + H + "\r\n", 400),
        arguments("bare LF after a field", "GET / HTTP/1.1\r\nHost: a\n\r\n", 400),
        arguments("bare LF as the empty line", "GET / HTTP/1.1\r\n" + H + "\n", 400),
        arguments("bare CR inside a value", "GET / HTTP/1.1\r\n" + H + "X: a\rb\r\n\r\n", 400),
        arguments("bare CR as the empty line", "GET / HTTP/1.1\r\n" + H + "\rX\r\n", 400),
        arguments("leading bare LF", "\nGET / HTTP/1.1\r\n" + H + "\r\n", 400),
        arguments("leading CR without LF", "\rGET / HTTP/1.1\r\n" + H + "\r\n", 400),
        // field lines (RFC 9112 §5, RFC 9110 §5)
        arguments("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400),
        arguments("tab before colon", "GET / HTTP/1.1\r\n" + H + "X\t: a\r\n\r\n", 400),
        arguments("obs-fold", "GET / HTTP/1.1\r\n" + H + "X: a\r\n b\r\n\r\n", 400),
        arguments("obs-fold with tab", "GET / HTTP/1.1\r\n" + H + "X: a\r\n\tb\r\n\r\n", 400),
        arguments("whitespace before first field", "GET / HTTP/1.1\r\n " + H + "\r\n", 400),
        arguments("empty field name", "GET / HTTP/1.1\r\n" + H + ": a\r\n\r\n", 400),
        arguments("line without colon", "GET / HTTP/1.1\r\n" + H + "NoColon\r\n\r\n", 400),
        arguments("space inside name", "GET / HTTP/1.1\r\n" + H + "X Y: a\r\n\r\n", 400),
        arguments("non-token char in name", "GET / HTTP/1.1\r\n" + H + "X(Y): a\r\n\r\n", 400),
        arguments("non-ASCII in name", "GET / HTTP/1.1\r\n" + H + "X\u00e9: a\r\n\r\n", 400),
        arguments("NUL in value", "GET / HTTP/1.1\r\n" + H + "X: a\u0000b\r\n\r\n", 400),
        arguments("control char in value", "GET / HTTP/1.1\r\n" + H + "X: a\u0001b\r\n\r\n", 400),
        arguments("DEL in value", "GET / HTTP/1.1\r\n" + H + "X: a\u007f\r\n\r\n", 400),
        arguments("LF inside value", "GET / HTTP/1.1\r\n" + H + "X: a\nb: c\r\n\r\n", 400),
        // Host (RFC 9112 §3.2)
        arguments("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nX: a\r\n\r\n", 400),
        arguments("two Host lines", "GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", 400),
        arguments("two Host lines in HTTP/1.0", "GET / HTTP/1.0\r\nHost: a\r\nhost: b\r\n\r\n", 400),
        arguments("Host list", "GET / HTTP/1.1\r\nHost: a, b\r\n\r\n", 400),
        arguments("Host with space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400),
        arguments("Host with path", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400),
        arguments("Host with userinfo", "GET / HTTP/1.1\r\nHost: u@a\r\n\r\n", 400),
        arguments("Host with only a port", "GET / HTTP/1.1\r\nHost: :80\r\n\r\n", 400),
        arguments("Host with a bad port", "GET / HTTP/1.1\r\nHost: a:80x\r\n\r\n", 400),
        arguments("Host with a six-digit port", "GET / HTTP/1.1\r\nHost: a:123456\r\n\r\n", 400),
        arguments("Host with unclosed IP-literal", "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", 400),
        arguments("Host with bad pct-encoding", "GET / HTTP/1.1\r\nHost: a%2\r\n\r\n", 400),
        // Content-Length (RFC 9110 §8.6, RFC 9112 §6.3)
        arguments("Content-Length with plus", post("Content-Length: +3\r\n") + "abc", 400),
        arguments("Content-Length negative", post("Content-Length: -3\r\n") + "abc", 400),
        arguments("Content-Length list", post("Content-Length: 3, 3\r\n") + "abc", 400),
        arguments("Content-Length with inner space", post("Content-Length: 1 3\r\n") + "abc", 400),
        arguments("Content-Length hex", post("Content-Length: 0x3\r\n") + "abc", 400),
        arguments("Content-Length empty", post("Content-Length:\r\n") + "abc", 400),
        arguments("Content-Length with a letter", post("Content-Length: 3a\r\n") + "abc", 400),
        arguments("Content-Length overflow", post("Content-Length: 99999999999999999999\r\n") + "abc", 400),
        arguments("duplicate equal Content-Length", post("Content-Length: 3\r\nContent-Length: 3\r\n") + "abc", 400),
        arguments("duplicate Content-Length, other case", post("Content-Length: 3\r\ncontent-length: 4\r\n") + "abcd", 400),
        arguments("Content-Length over maxBodySize", post("Content-Length: 2097153\r\n"), 413),
        arguments("Content-Length with Transfer-Encoding", post("Content-Length: 3\r\nTransfer-Encoding: chunked\r\n")
            + "3\r\nabc\r\n0\r\n\r\n", 400),
        arguments("Transfer-Encoding with Content-Length", post("Transfer-Encoding: chunked\r\nContent-Length: 3\r\n")
            + "3\r\nabc\r\n0\r\n\r\n", 400),
        // Transfer-Encoding (RFC 9112 §6.1, §6.3)
        arguments("unsupported coding before chunked", post("Transfer-Encoding: gzip, chunked\r\n") + "0\r\n\r\n", 501),
        arguments("identity before chunked", post("Transfer-Encoding: identity, chunked\r\n") + "0\r\n\r\n", 501),
        arguments("unknown coding before chunked", post("Transfer-Encoding: x-custom, chunked\r\n") + "0\r\n\r\n", 501),
        arguments("chunked not last", post("Transfer-Encoding: chunked, gzip\r\n") + "0\r\n\r\n", 400),
        arguments("only gzip", post("Transfer-Encoding: gzip\r\n") + "0\r\n\r\n", 400),
        arguments("only identity", post("Transfer-Encoding: identity\r\n") + "0\r\n\r\n", 400),
        arguments("chunked twice in a list", post("Transfer-Encoding: chunked, chunked\r\n") + "0\r\n\r\n", 400),
        arguments("chunked twice in two lines", post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")
            + "0\r\n\r\n", 400),
        arguments("chunked then gzip line", post("Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n")
            + "0\r\n\r\n", 400),
        arguments("empty Transfer-Encoding", post("Transfer-Encoding:\r\n") + "0\r\n\r\n", 400),
        arguments("empty list element", post("Transfer-Encoding: ,chunked\r\n") + "0\r\n\r\n", 400),
        arguments("trailing comma", post("Transfer-Encoding: chunked,\r\n") + "0\r\n\r\n", 400),
        arguments("coding with parameter", post("Transfer-Encoding: chunked;q=1\r\n") + "0\r\n\r\n", 400),
        arguments("misspelled chunked", post("Transfer-Encoding: chunk\r\n") + "0\r\n\r\n", 400),
        arguments("vertical tab around chunked", post("Transfer-Encoding: \u000bchunked\r\n") + "0\r\n\r\n", 400),
        arguments("Transfer-Encoding in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        // Expect (RFC 9110 §10.1.1)
        arguments("unknown expectation", post("Content-Length: 3\r\nExpect: 200-ok\r\n") + "abc", 417),
        arguments("100-continue with another expectation", post("Content-Length: 3\r\nExpect: 100-continue, x\r\n"), 417),
        arguments("expectation without body", "GET / HTTP/1.1\r\n" + H + "Expect: something\r\n\r\n", 417),
        // chunked framing (RFC 9112 §7.1)
        arguments("negative chunk size", chunked("-5\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("0x prefix", chunked("0x5\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("leading space in size", chunked(" 5\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("trailing space after size", chunked("5 \r\nhello\r\n0\r\n\r\n"), 400),
        arguments("trailing tab after size", chunked("5\t\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("empty size", chunked("\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("junk after size", chunked("5x\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("bare LF after size", chunked("5\nhello\r\n0\r\n\r\n"), 400),
        arguments("bare CR after size", chunked("5\rhello\r\n0\r\n\r\n"), 400),
        arguments("extension without name", chunked("5;\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("extension with empty value", chunked("5;a=\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("extension with unclosed quote", chunked("5;a=\"x\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("extension with bad char", chunked("5;a=b c\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("extension with bare LF", chunked("5;a\nhello\r\n0\r\n\r\n"), 400),
        arguments("extension with NUL", chunked("5;a\u0000\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("extension with trailing space", chunked("5;a \r\nhello\r\n0\r\n\r\n"), 400),
        arguments("extension without semicolon", chunked("5 a\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("too many size digits", chunked("0".repeat(65) + "5\r\nhello\r\n0\r\n\r\n"), 400),
        arguments("data longer than size", chunked("5\r\nhello!\r\n0\r\n\r\n"), 400),
        arguments("data shorter than size", chunked("5\r\nhell\r\n0\r\n\r\n"), 400),
        arguments("bare LF after data", chunked("5\r\nhello\n0\r\n\r\n"), 400),
        arguments("no CRLF after data", chunked("5\r\nhelloXY0\r\n\r\n"), 400),
        arguments("huge chunk size", chunked("fffffffffffffffffffffff\r\nhello\r\n0\r\n\r\n"), 413),
        arguments("chunk size overflowing 64 bits to small", chunked("10000000000000005\r\nhello\r\n0\r\n\r\n"), 413),
        arguments("chunk one byte over maxBodySize", chunked("200001\r\n"), 413),
        arguments("bad trailer field", chunked("0\r\nX : y\r\n\r\n"), 400),
        arguments("obs-fold in trailer", chunked("0\r\nX: y\r\n z\r\n\r\n"), 400),
        arguments("bare LF ending trailers", chunked("0\r\n\n"), 400),
        arguments("bare LF after last chunk", chunked("0\n\r\n"), 400),
        // leading empty lines (RFC 9112 §2.2)
        arguments("too many leading empty lines", "\r\n\r\n\r\nGET / HTTP/1.1\r\n" + H + "\r\n", 400));
  }

  private static String post(String fields) {
    return "POST / HTTP/1.1\r\n" + H + fields + "\r\n";
  }

  private static String chunked(String body) {
    return "POST / HTTP/1.1\r\n" + H + "Transfer-Encoding: chunked\r\n\r\n" + body;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void refusesAndDiscardsTheSmuggledRequest(String rule, String raw, int status) {
    DecoderHarness harness = new DecoderHarness().write(raw + SMUGGLED);
    Http1DecodeFailure failure = harness.onlyFailure();
    assertThat(failure.status()).isEqualTo(status);
    assertThat(failure.kind().status()).isEqualTo(status);
    harness.write(SMUGGLED).write("GET / HTTP/1.1\r\n" + H + "\r\n");
    assertThat(harness.emitted()).hasSize(1);
    assertThat(harness.continuesDue()).isZero();
    harness.finish();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void refusesTheSameWayWhenFedByteByByte(String rule, String raw, int status) {
    DecoderHarness harness = new DecoderHarness().writeByteByByte(raw + SMUGGLED);
    assertThat(harness.onlyFailure().status()).isEqualTo(status);
    harness.finish();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void neverEchoesRequestBytesInTheSafeMessage(String rule, String raw, int status) {
    Http1DecodeFailure failure = (Http1DecodeFailure) DecoderHarness.decode(raw).get(0);
    String message = failure.safeMessage();
    assertThat(message).doesNotContain("evil", "smuggled", "\r", "\n", "pw@", "caf", "BREW", "#");
    assertThat(message.chars()).allMatch(c -> c >= 0x20 && c < 0x7F || c == 0xA7);
    assertThat(message).startsWith("Expected");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void mapsEveryStatusToItsKind(String rule, String raw, int status) {
    Http1DecodeFailure failure = (Http1DecodeFailure) DecoderHarness.decode(raw).get(0);
    Kind expected = switch (status) {
      case 400 -> Kind.MALFORMED;
      case 413 -> Kind.BODY_TOO_LARGE;
      case 417 -> Kind.EXPECTATION_FAILED;
      case 505 -> Kind.UNSUPPORTED_VERSION;
      default -> failure.kind();
    };
    assertThat(failure.kind()).isEqualTo(expected);
  }
}
