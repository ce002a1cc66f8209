package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http1.Http1DecodeFailure.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each limit of {@link Http1DecoderConfig} exactly at its boundary and one byte (or item) past it. */
@ExtendWith(NettyLeakDetectionExtension.class)
class Http1DecoderLimitsTests {

  private static Object decodeOne(Http1DecoderConfig config, String raw) {
    List<Object> emitted = DecoderHarness.decode(config, raw);
    assertThat(emitted).hasSize(1);
    return emitted.get(0);
  }

  private static Http1DecodeFailure failure(Http1DecoderConfig config, String raw) {
    Object result = decodeOne(config, raw);
    assertThat(result).isInstanceOf(Http1DecodeFailure.class);
    return (Http1DecodeFailure) result;
  }

  /** A request-line of exactly {@code length} bytes without CRLF. */
  private static String requestLine(int length) {
    String prefix = "GET /";
    String suffix = " HTTP/1.1";
    return prefix + "a".repeat(length - prefix.length() - suffix.length()) + suffix;
  }

  @Test
  void acceptsRequestLineOfExactlyMaxInitialLineLength() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxInitialLineLength(64).build();
    String line = requestLine(64);
    assertThat(line).hasSize(64);
    assertThat(decodeOne(config, line + "\r\nHost: a\r\n\r\n")).isInstanceOf(DecodedRequest.class);
  }

  @Test
  void refusesRequestLineOneByteOverMaxInitialLineLengthWith414() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxInitialLineLength(64).build();
    assertThat(failure(config, requestLine(65) + "\r\nHost: a\r\n\r\n").kind()).isEqualTo(Kind.URI_TOO_LONG);
  }

  @Test
  void refusesEndlessRequestLineWithoutWaitingForItsEnd() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxInitialLineLength(64).build();
    DecoderHarness harness = new DecoderHarness(config).write("GET /" + "a".repeat(59));
    assertThat(harness.emitted()).isEmpty();
    harness.write("a");
    assertThat(harness.onlyFailure().status()).isEqualTo(414);
    harness.finish();
  }

  @Test
  void refusesDefaultLimitRequestLineWith414() {
    assertThat(failure(Http1DecoderConfig.DEFAULT, requestLine(8193) + "\r\nHost: a\r\n\r\n").status()).isEqualTo(414);
    assertThat(decodeOne(Http1DecoderConfig.DEFAULT, requestLine(8192) + "\r\nHost: a\r\n\r\n"))
        .isInstanceOf(DecodedRequest.class);
  }

  /** Field lines totalling exactly {@code size} bytes with their CRLFs. */
  private static String fields(int size) {
    String host = "Host: a\r\n";
    String prefix = "X: ";
    return host + prefix + "v".repeat(size - host.length() - prefix.length() - 2) + "\r\n";
  }

  @Test
  void acceptsHeaderSectionOfExactlyMaxHeaderSize() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderSize(100).build();
    assertThat(fields(100)).hasSize(100);
    assertThat(decodeOne(config, "GET / HTTP/1.1\r\n" + fields(100) + "\r\n")).isInstanceOf(DecodedRequest.class);
  }

  @Test
  void refusesHeaderSectionOneByteOverMaxHeaderSizeWith431() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderSize(100).build();
    assertThat(failure(config, "GET / HTTP/1.1\r\n" + fields(101) + "\r\n").kind()).isEqualTo(Kind.HEADERS_TOO_LARGE);
  }

  @Test
  void refusesHeaderSectionOverLimitSplitAtEveryByte() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderSize(100).build();
    String raw = "GET / HTTP/1.1\r\n" + fields(101) + "\r\n";
    for (int at = 1; at < raw.length(); at++) {
      DecoderHarness harness = new DecoderHarness(config).writeSplit(raw, at);
      assertThat(harness.onlyFailure().status()).as("split at %d", at).isEqualTo(431);
      harness.finish();
    }
  }

  @Test
  void acceptsExactlyMaxHeaderCountFields() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderCount(3).build();
    assertThat(decodeOne(config, "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\n\r\n")).isInstanceOf(DecodedRequest.class);
  }

  @Test
  void refusesOneFieldOverMaxHeaderCountWith431() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderCount(3).build();
    assertThat(failure(config, "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n").status()).isEqualTo(431);
  }

  @Test
  void acceptsManyFieldsBeyondTheInitialOffsetCapacity() {
    StringBuilder raw = new StringBuilder("GET / HTTP/1.1\r\nHost: a\r\n");
    for (int i = 0; i < 99; i++) {
      raw.append("X-").append(i).append(": ").append(i).append("\r\n");
    }
    DecodedRequest request = (DecodedRequest) decodeOne(Http1DecoderConfig.DEFAULT, raw.append("\r\n").toString());
    assertThat(request.fields()).hasSize(100).last().isEqualTo("X-98: 98");
  }

  private static String post(String length, String body) {
    return "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: " + length + "\r\n\r\n" + body;
  }

  @Test
  void acceptsContentLengthOfExactlyMaxBodySize() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxBodySize(10).build();
    assertThat(((DecodedRequest) decodeOne(config, post("10", "0123456789"))).body()).isEqualTo("0123456789");
  }

  @Test
  void refusesContentLengthOneOverMaxBodySizeBeforeTheBodyArrives() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxBodySize(10).build();
    DecoderHarness harness = new DecoderHarness(config).write(post("11", ""));
    assertThat(harness.onlyFailure().kind()).isEqualTo(Kind.BODY_TOO_LARGE);
    harness.finish();
  }

  private static String chunked(String body) {
    return "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
  }

  @Test
  void acceptsChunksSummingToExactlyMaxBodySize() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxBodySize(10).build();
    DecodedRequest request = (DecodedRequest) decodeOne(config, chunked("5\r\n01234\r\n5\r\n56789\r\n0\r\n\r\n"));
    assertThat(request.body()).isEqualTo("0123456789");
  }

  @Test
  void refusesChunksSummingOneOverMaxBodySizeAtTheChunkSize() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxBodySize(10).build();
    DecoderHarness harness = new DecoderHarness(config).write(chunked("5\r\n01234\r\n6\r\n"));
    assertThat(harness.onlyFailure().status()).isEqualTo(413);
    harness.finish();
  }

  @Test
  void refusesAnyContentWhenMaxBodySizeIsZero() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxBodySize(0).build();
    assertThat(failure(config, chunked("1\r\n")).status()).isEqualTo(413);
    assertThat(failure(config, post("1", "x")).status()).isEqualTo(413);
    assertThat(decodeOne(config, chunked("0\r\n\r\n"))).isInstanceOf(DecodedRequest.class);
  }

  @Test
  void acceptsExactlyMaxLeadingEmptyLines() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxLeadingEmptyLines(2).build();
    assertThat(decodeOne(config, "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")).isInstanceOf(DecodedRequest.class);
    assertThat(failure(config, "\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n").status()).isEqualTo(400);
  }

  @Test
  void countsLeadingEmptyLinesPerRequest() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxLeadingEmptyLines(1).build();
    String request = "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n";
    assertThat(DecoderHarness.decode(config, request + request + request)).hasSize(3)
        .allSatisfy(message -> assertThat(message).isInstanceOf(DecodedRequest.class));
  }

  @Test
  void refusesAnyLeadingEmptyLineWhenTheLimitIsZero() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxLeadingEmptyLines(0).build();
    assertThat(failure(config, "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n").status()).isEqualTo(400);
  }

  @Test
  void acceptsChunkExtensionOfExactlyMaxChunkExtensionLength() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxChunkExtensionLength(8).build();
    assertThat(decodeOne(config, chunked("1;abcdefg\r\nx\r\n0\r\n\r\n"))).isInstanceOf(DecodedRequest.class);
    assertThat(failure(config, chunked("1;abcdefgh\r\nx\r\n0\r\n\r\n")).status()).isEqualTo(400);
  }

  @Test
  void refusesEndlessChunkExtensionWithoutWaitingForItsEnd() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxChunkExtensionLength(8).build();
    DecoderHarness harness = new DecoderHarness(config).write(chunked("1;abcdefg"));
    assertThat(harness.emitted()).isEmpty();
    harness.write("h");
    assertThat(harness.onlyFailure().status()).isEqualTo(400);
    harness.finish();
  }

  @Test
  void acceptsTrailerSectionOfExactlyMaxTrailerSize() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxTrailerSize(10).build();
    assertThat(decodeOne(config, chunked("0\r\nA: 12345\r\n\r\n"))).isInstanceOf(DecodedRequest.class);
    assertThat(failure(config, chunked("0\r\nA: 123456\r\n\r\n")).kind()).isEqualTo(Kind.HEADERS_TOO_LARGE);
    assertThat(failure(config, chunked("0\r\nA: 1\r\nB: 2\r\n\r\n")).status()).isEqualTo(431);
  }

  @Test
  void refusesOneTrailerFieldOverMaxHeaderCount() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderCount(2).build();
    assertThat(decodeOne(config, chunked("0\r\nA: 1\r\nB: 2\r\n\r\n"))).isInstanceOf(DecodedRequest.class);
    assertThat(failure(config, chunked("0\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n")).status()).isEqualTo(431);
  }
}
