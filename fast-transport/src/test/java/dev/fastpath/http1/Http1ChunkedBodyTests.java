package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid chunked bodies (RFC 9112 §7.1); the invalid ones are in {@link Http1RequestRejectionTests}. */
@ExtendWith(NettyLeakDetectionExtension.class)
class Http1ChunkedBodyTests {

  private static String chunked(String body) {
    return "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
  }

  private static DecodedRequest decodeOne(String raw) {
    List<Object> emitted = DecoderHarness.decode(raw);
    assertThat(emitted).hasSize(1).first().isInstanceOf(DecodedRequest.class);
    return (DecodedRequest) emitted.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "5;a", "5;a=b", "5;a=\"\"", "5;a=\"b c\"", "5;a=\"\\\"q\\\" \\\\\"", "5;a=\"caf\u00e9\"", "5 ;a", "5\t;\ta",
      "5 ; a = b", "5;a;b=c;d=\"e\"", "5;!#$%&'*+-.^_`|~=x", "0005", "00000000000000000000000000000000005"})
  void acceptsChunkSizeAndExtensionsPerTheGrammar(String line) {
    assertThat(decodeOne(chunked(line + "\r\nhello\r\n0\r\n\r\n")).body()).isEqualTo("hello");
  }

  @Test
  void acceptsUpperAndLowerCaseHex() {
    assertThat(decodeOne(chunked("a\r\n0123456789\r\nA\r\n0123456789\r\n0\r\n\r\n")).body()).hasSize(20);
  }

  @Test
  void decodesEmptyBody() {
    DecodedRequest request = decodeOne(chunked("0\r\n\r\n"));
    assertThat(request.body()).isEmpty();
    assertThat(request.chunked()).isTrue();
    assertThat(decodeOne(chunked("000;ext=1\r\n\r\n")).body()).isEmpty();
  }

  @Test
  void validatesAndDropsTrailers() {
    DecodedRequest request = decodeOne(chunked("3\r\nabc\r\n0\r\nX-Checksum: 1\r\nX-Other:\tv \r\n\r\n"));
    assertThat(request.body()).isEqualTo("abc");
    assertThat(request.fields()).containsExactly("Host: a", "Transfer-Encoding: chunked");
  }

  @Test
  void decodesManySmallChunksSplitAtEveryByteBoundary() {
    String raw = chunked("1\r\na\r\n1;x=y\r\nb\r\n2\r\ncd\r\n0\r\nT: v\r\n\r\n") + "GET /next HTTP/1.1\r\nHost: a\r\n\r\n";
    for (int at = 1; at < raw.length(); at++) {
      DecoderHarness harness = new DecoderHarness().writeSplit(raw, at);
      List<DecodedRequest> requests = harness.requests();
      assertThat(requests).as("split at %d", at).hasSize(2);
      assertThat(requests.get(0).body()).isEqualTo("abcd");
      assertThat(requests.get(1).path()).isEqualTo("/next");
      harness.finish();
    }
  }

  @Test
  void decodesLargeChunkArrivingInPieces() {
    String data = "x".repeat(100_000);
    DecoderHarness harness = new DecoderHarness().write(chunked(Integer.toHexString(data.length()) + "\r\n"));
    for (int i = 0; i < data.length(); i += 7_000) {
      harness.write(data.substring(i, Math.min(data.length(), i + 7_000)));
    }
    harness.write("\r\n0\r\n\r\n");
    assertThat(harness.onlyRequest().body()).isEqualTo(data);
    harness.finish();
  }

  @Test
  void refusesBadCrlfAfterDataAsSoonAsTheFirstByteIsWrong() {
    DecoderHarness harness = new DecoderHarness().write(chunked("5\r\nhello")).write("X");
    assertThat(harness.onlyFailure().status()).isEqualTo(400);
    harness.finish();
    DecoderHarness second = new DecoderHarness().write(chunked("5\r\nhello\r")).write("X");
    assertThat(second.onlyFailure().status()).isEqualTo(400);
    second.finish();
  }

  @Test
  void refusesChunkSizesSummingOverMaxBodySize() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxBodySize(1000).build();
    DecoderHarness harness = new DecoderHarness(config).write(chunked("1f4\r\n" + "a".repeat(500) + "\r\n"));
    assertThat(harness.emitted()).isEmpty();
    harness.write("1f5\r\n");
    assertThat(harness.onlyFailure().status()).isEqualTo(413);
    harness.finish();
  }

  @Test
  void releasesThePartialBodyWhenTheBodyIsRefused() {
    DecoderHarness harness = new DecoderHarness().write(chunked("5\r\nhello\r\n5\r\nwor")).write("ld!!\r\n");
    assertThat(harness.onlyFailure().status()).isEqualTo(400);
    harness.finish();
  }
}
