package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(NettyLeakDetectionExtension.class)
class Http1RequestDecoderTests {

  static final String BROWSER_GET = "GET /users/42?verbose=true&x=%20 HTTP/1.1\r\n"
      + "Host: example.com\r\n"
      + "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0\r\n"
      + "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
      + "Accept-Language: en-US,en;q=0.5\r\n"
      + "Accept-Encoding: gzip, deflate, br\r\n"
      + "Connection: keep-alive\r\n"
      + "\r\n";

  static final String POST_JSON = "POST /orders HTTP/1.1\r\n"
      + "Host: api.example.com\r\n"
      + "Content-Type: application/json\r\n"
      + "Content-Length: 27\r\n"
      + "\r\n"
      + "{\"item\":\"book\",\"qty\":12345}";

  static final String CHUNKED_POST = "POST /upload HTTP/1.1\r\n"
      + "Host: a\r\n"
      + "Transfer-Encoding: chunked\r\n"
      + "\r\n"
      + "5;name=value;q=\"quoted \\\" str\"\r\n"
      + "hello\r\n"
      + "1\r\n"
      + " \r\n"
      + "A\r\n"
      + "0123456789\r\n"
      + "0\r\n"
      + "Checksum: abc\r\n"
      + "\r\n";

  @Test
  void decodesBrowserGetWithoutCopyingStrings() {
    DecodedRequest request = (DecodedRequest) DecoderHarness.decode(BROWSER_GET).get(0);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.version()).isEqualTo("HTTP/1.1");
    assertThat(request.uri()).isEqualTo("/users/42?verbose=true&x=%20");
    assertThat(request.path()).isEqualTo("/users/42");
    assertThat(request.pathFromBytes()).isEqualTo("/users/42");
    assertThat(request.rawQuery()).isEqualTo("verbose=true&x=%20");
    assertThat(request.fields()).containsExactly("Host: example.com",
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0",
        "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "Accept-Language: en-US,en;q=0.5",
        "Accept-Encoding: gzip, deflate, br", "Connection: keep-alive");
    assertThat(request.body()).isEmpty();
    assertThat(request.contentLength()).isZero();
    assertThat(request.keepAlive()).isTrue();
  }

  @Test
  void decodesContentLengthBodyAsSliceOfInput() {
    DecodedRequest request = (DecodedRequest) DecoderHarness.decode(POST_JSON).get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.body()).isEqualTo("{\"item\":\"book\",\"qty\":12345}");
    assertThat(request.contentLength()).isEqualTo(27);
    assertThat(request.chunked()).isFalse();
  }

  @Test
  void decodesChunkedBodyWithExtensionsAndTrailers() {
    DecodedRequest request = (DecodedRequest) DecoderHarness.decode(CHUNKED_POST).get(0);
    assertThat(request.body()).isEqualTo("hello 0123456789");
    assertThat(request.chunked()).isTrue();
    assertThat(request.contentLength()).isEqualTo(-1);
    assertThat(request.fields()).containsExactly("Host: a", "Transfer-Encoding: chunked");
  }

  static List<String> validRequests() {
    return List.of(BROWSER_GET, POST_JSON, CHUNKED_POST);
  }

  @ParameterizedTest
  @MethodSource("validRequests")
  void decodesTheSameRequestFedByteByByte(String raw) {
    DecodedRequest whole = (DecodedRequest) DecoderHarness.decode(raw).get(0);
    DecoderHarness harness = new DecoderHarness().writeByteByByte(raw);
    assertThat(harness.onlyRequest()).isEqualTo(whole);
    harness.finish();
  }

  @ParameterizedTest
  @MethodSource("validRequests")
  void decodesTheSameRequestSplitAtEveryByteBoundary(String raw) {
    DecodedRequest whole = (DecodedRequest) DecoderHarness.decode(raw).get(0);
    for (int at = 1; at < raw.length(); at++) {
      DecoderHarness harness = new DecoderHarness().writeSplit(raw, at);
      assertThat(harness.onlyRequest()).as("split at %d", at).isEqualTo(whole);
      harness.finish();
    }
  }

  @Test
  void emitsSixteenPipelinedRequestsInOrderFromOneRead() {
    StringBuilder batch = new StringBuilder();
    IntStream.range(0, 16).forEach(i -> batch.append("GET /item/").append(i).append(" HTTP/1.1\r\nHost: a\r\n\r\n"));
    List<Object> emitted = DecoderHarness.decode(batch.toString());
    assertThat(emitted).hasSize(16);
    for (int i = 0; i < 16; i++) {
      assertThat(((DecodedRequest) emitted.get(i)).path()).isEqualTo("/item/" + i);
    }
  }

  @Test
  void refusesDuplicateContentLengthAndDiscardsTheRest() {
    List<Object> emitted = DecoderHarness.decode("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
        + "Content-Length: 3\r\n\r\nabcGET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(emitted).containsExactly(Http1DecodeFailure.of(Http1DecodeFailure.Kind.MALFORMED,
        "Expected at most one Content-Length field line (RFC 9112 §6.3)"));
  }

  private static DecodedRequest decodeOne(String raw) {
    List<Object> emitted = DecoderHarness.decode(raw);
    assertThat(emitted).hasSize(1).first().isInstanceOf(DecodedRequest.class);
    return (DecodedRequest) emitted.get(0);
  }

  @Test
  void takesPathAndQueryFromAbsoluteFormTarget() {
    DecodedRequest request = decodeOne("GET http://example.com:8080/a/b?q=1 HTTP/1.1\r\nHost: other\r\n\r\n");
    assertThat(request.uri()).isEqualTo("http://example.com:8080/a/b?q=1");
    assertThat(request.path()).isEqualTo("/a/b");
    assertThat(request.pathFromBytes()).isEqualTo("/a/b");
    assertThat(request.rawQuery()).isEqualTo("q=1");
  }

  @Test
  void treatsEmptyAbsoluteFormPathAsSlash() {
    DecodedRequest request = decodeOne("GET HTTPS://example.com?x HTTP/1.1\r\nHost: example.com\r\n\r\n");
    assertThat(request.path()).isEqualTo("/");
    assertThat(request.pathFromBytes()).isEqualTo("/");
    assertThat(request.rawQuery()).isEqualTo("x");
    assertThat(decodeOne("GET http://[::1]:80 HTTP/1.1\r\nHost: a\r\n\r\n").rawQuery()).isNull();
  }

  @Test
  void acceptsAsteriskFormForOptions() {
    DecodedRequest request = decodeOne("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(request.method()).isEqualTo("OPTIONS");
    assertThat(request.path()).isEqualTo("*");
    assertThat(request.rawQuery()).isNull();
  }

  @Test
  void distinguishesEmptyQueryFromNoQuery() {
    assertThat(decodeOne("GET /a? HTTP/1.1\r\nHost: a\r\n\r\n").rawQuery()).isEmpty();
    assertThat(decodeOne("GET /a HTTP/1.1\r\nHost: a\r\n\r\n").rawQuery()).isNull();
    assertThat(decodeOne("GET /a?b?c HTTP/1.1\r\nHost: a\r\n\r\n").rawQuery()).isEqualTo("b?c");
  }

  @Test
  void recognizesEveryImplementedMethod() {
    for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
      assertThat(decodeOne(method + " / HTTP/1.1\r\nHost: a\r\n\r\n").method()).isEqualTo(method);
    }
  }

  @Test
  void treatsHigherMinorVersionAsHttp11() {
    assertThat(decodeOne("GET / HTTP/1.9\r\nHost: a\r\n\r\n").version()).isEqualTo("HTTP/1.1");
  }

  @Test
  void acceptsHttp10WithoutHost() {
    DecodedRequest request = decodeOne("GET / HTTP/1.0\r\n\r\n");
    assertThat(request.version()).isEqualTo("HTTP/1.0");
    assertThat(request.keepAlive()).isFalse();
  }

  @Test
  void acceptsEveryValidHostForm() {
    for (String host : List.of("", "example.com", "example.com:8080", "example.com:", "127.0.0.1", "[::1]",
        "[::1]:443", "[v1.fe80::a+en1]", "xn--bcher-kva.example", "a%2Db", "a_b~c!$&'()*+;=")) {
      assertThat(decodeOne("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").fields())
          .as(host).containsExactly("Host: " + host);
    }
  }

  @Test
  void trimsOptionalWhitespaceAroundValuesAndKeepsInnerWhitespace() {
    DecodedRequest request = decodeOne("GET / HTTP/1.1\r\nHost:a\r\nX: \t a \t b \t\r\nEmpty:\r\nBlank:  \r\n\r\n");
    assertThat(request.fields()).containsExactly("Host: a", "X: a \t b", "Empty: ", "Blank: ");
  }

  @Test
  void keepsObsTextInValuesAsLatin1() {
    DecodedRequest request = decodeOne("GET / HTTP/1.1\r\nHost: a\r\nX: caf\u00e9 \u00ff\r\n\r\n");
    assertThat(request.fields()).contains("X: caf\u00e9 \u00ff");
  }

  @Test
  void looksUpHeadersCaseInsensitivelyWithoutAllocatingNames() {
    DecoderHarness harness = new DecoderHarness();
    harness.channel.writeInbound(io.netty.buffer.Unpooled.copiedBuffer("GET / HTTP/1.1\r\nHost: a\r\n"
        + "Accept: x\r\nACCEPT: y\r\nX-Long-Header-Name: z\r\n\r\n", java.nio.charset.StandardCharsets.US_ASCII));
    Http1Request request = harness.channel.readInbound();
    try {
      assertThat(request.get("accept")).isEqualTo("x");
      assertThat(request.getAll("Accept")).containsExactly("x", "y");
      assertThat(request.get(io.netty.util.AsciiString.of("x-long-header-name"))).isEqualTo("z");
      assertThat(request.get(new StringBuilder("HOST"))).isEqualTo("a");
      assertThat(request.get("Accep")).isNull();
      assertThat(request.get("Accept\u0100")).isNull();
      assertThat(request.getAll("missing")).isEmpty();
      assertThat(request.contains("x-long-header-NAME")).isTrue();
      assertThat(request.contains("Host ")).isFalse();
      assertThat(request.size()).isEqualTo(4);
      assertThat(request.name(1)).isEqualTo("Accept");
      assertThat(request.value(2)).isEqualTo("y");
      assertThat(request.indexOf("accept", 2)).isEqualTo(2);
      assertThat(request.headers()).isSameAs(request);
      assertThat(request.toString()).isEqualTo("Http1Request[GET / HTTP/1.1, 4 fields, 0 body bytes]");
    } finally {
      request.release();
    }
    harness.finish();
  }

  @Test
  void exposesTheBodyWithoutCopyingAndReleasesItWithTheRequest() throws Exception {
    DecoderHarness harness = new DecoderHarness();
    io.netty.buffer.ByteBuf input = io.netty.buffer.Unpooled.copiedBuffer(POST_JSON + POST_JSON,
        java.nio.charset.StandardCharsets.US_ASCII);
    harness.channel.writeInbound(input);
    Http1Request first = harness.channel.readInbound();
    Http1Request second = harness.channel.readInbound();
    try {
      assertThat(first.content().unwrap()).as("a slice of the input").isNotNull();
      assertThat(first.length()).isEqualTo(27);
      byte[] target = new byte[40];
      assertThat(first.copyTo(target)).isEqualTo(27);
      assertThat(new String(target, 0, 27, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("{\"item\"");
      assertThat(first.toByteArray()).hasSize(27);
      assertThat(first.asInputStream().readAllBytes()).hasSize(27);
      assertThat(first.content().readableBytes()).as("reading does not consume").isEqualTo(27);
      assertThat(first.body()).isSameAs(first);
      assertThat(input.refCnt()).as("input retained by both requests").isPositive();
    } finally {
      assertThat(first.release()).isTrue();
      assertThat(second.release()).isTrue();
    }
    assertThat(input.refCnt()).isZero();
    harness.finish();
  }

  @Test
  void serveralPipelinedRequestsWithBodiesKeepTheirOwnBodies() {
    List<Object> emitted = DecoderHarness.decode(POST_JSON + CHUNKED_POST + BROWSER_GET + POST_JSON);
    assertThat(emitted).hasSize(4);
    assertThat(((DecodedRequest) emitted.get(0)).body()).isEqualTo("{\"item\":\"book\",\"qty\":12345}");
    assertThat(((DecodedRequest) emitted.get(1)).body()).isEqualTo("hello 0123456789");
    assertThat(((DecodedRequest) emitted.get(2)).body()).isEmpty();
    assertThat(((DecodedRequest) emitted.get(3)).body()).isEqualTo("{\"item\":\"book\",\"qty\":12345}");
  }

  @Test
  void decodesPipelinedBatchSplitAtEveryByteBoundary() {
    String batch = POST_JSON + CHUNKED_POST + BROWSER_GET;
    List<Object> whole = DecoderHarness.decode(batch);
    for (int at = 1; at < batch.length(); at++) {
      DecoderHarness harness = new DecoderHarness().heap().writeSplit(batch, at);
      assertThat(harness.emitted()).as("split at %d", at).isEqualTo(whole);
      harness.finish();
    }
  }

  @Test
  void allowsBodyOnGetAndZeroLengthWithoutFraming() {
    DecodedRequest withBody = decodeOne("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi");
    assertThat(withBody.body()).isEqualTo("hi");
    DecodedRequest post = decodeOne("POST / HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(post.body()).isEmpty();
    assertThat(post.contentLength()).isZero();
    assertThat(decodeOne("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 000\r\n\r\n").body()).isEmpty();
  }

  @Test
  void acceptsContentLengthWithLeadingZerosAndSurroundingWhitespace() {
    DecodedRequest request = decodeOne("POST / HTTP/1.1\r\nHost: a\r\nContent-Length:  \t003 \r\n\r\nabc");
    assertThat(request.contentLength()).isEqualTo(3);
    assertThat(request.body()).isEqualTo("abc");
  }

  @Test
  void skipsLeadingEmptyLines() {
    assertThat(decodeOne("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n").path()).isEqualTo("/");
  }

  @Test
  void acceptsTransferEncodingInAnyCaseWithWhitespace() {
    DecodedRequest request = decodeOne("POST / HTTP/1.1\r\nHost: a\r\ntransfer-encoding:  ChUnKeD \r\n\r\n"
        + "3\r\nabc\r\n0\r\n\r\n");
    assertThat(request.body()).isEqualTo("abc");
    assertThat(request.chunked()).isTrue();
  }

  @Test
  void emitsNothingForAnIncompleteRequestAndReleasesItOnClose() {
    DecoderHarness harness = new DecoderHarness().write("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc");
    assertThat(harness.emitted()).isEmpty();
    harness.finish();
    DecoderHarness chunked = new DecoderHarness().write("POST / HTTP/1.1\r\nHost: a\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n5\r\nab");
    assertThat(chunked.emitted()).isEmpty();
    chunked.finish();
  }
}
