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
}
