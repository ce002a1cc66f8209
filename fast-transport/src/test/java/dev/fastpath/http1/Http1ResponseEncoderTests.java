package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(NettyLeakDetectionExtension.class)
class Http1ResponseEncoderTests {

  private static final InstantSource FIXED = InstantSource.fixed(Instant.parse("1994-11-06T08:49:37Z"));
  private static final String DATE = "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n";

  private final Http1ResponseEncoder encoder = new Http1ResponseEncoder(new HttpDateCache(FIXED));

  private String encode(int status, ResponseHeaders headers, long contentLength, boolean head, boolean close) {
    return encode(this.encoder, status, headers, contentLength, head, close);
  }

  private static String encode(Http1ResponseEncoder encoder, int status, ResponseHeaders headers, long contentLength,
      boolean head, boolean close) {
    ByteBuf out = encoder.encodeHead(ByteBufAllocator.DEFAULT, status, headers, contentLength, head, close);
    try {
      return out.toString(StandardCharsets.ISO_8859_1);
    } finally {
      out.release();
    }
  }

  @Test
  void encodesStatusLineHeadersDateAndContentLength() {
    ResponseHeaders headers = new ResponseHeaders().add("content-type", "text/plain").add("X-Trace", "abc");
    assertThat(encode(200, headers, 1234567890123L, false, false)).isEqualTo("HTTP/1.1 200 OK\r\n"
        + "Content-Type: text/plain\r\nX-Trace: abc\r\n" + DATE + "Content-Length: 1234567890123\r\n\r\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "100 | HTTP/1.1 100 Continue",
      "101 | HTTP/1.1 101 Switching Protocols",
      "200 | HTTP/1.1 200 OK",
      "204 | HTTP/1.1 204 No Content",
      "304 | HTTP/1.1 304 Not Modified",
      "404 | HTTP/1.1 404 Not Found",
      "413 | HTTP/1.1 413 Content Too Large",
      "418 | 'HTTP/1.1 418 '",
      "422 | HTTP/1.1 422 Unprocessable Content",
      "431 | HTTP/1.1 431 Request Header Fields Too Large",
      "503 | HTTP/1.1 503 Service Unavailable",
      "599 | 'HTTP/1.1 599 '",
      "999 | 'HTTP/1.1 999 '"})
  void writesPreEncodedStatusLinesAndEmptyReasonForUnknownCodes(int status, String line) {
    assertThat(encode(status, new ResponseHeaders(), 0, false, false)).startsWith(line + "\r\n");
  }

  @Test
  void refusesStatusCodesThatAreNotThreeDigits() {
    for (int status : new int[] {-1, 0, 99, 1000}) {
      assertThatIllegalArgumentException().isThrownBy(() -> encode(status, new ResponseHeaders(), 0, false, false))
          .withMessageContaining("status");
    }
  }

  @Test
  void knowsTheReasonPhrases() {
    assertThat(Http1ResponseEncoder.reasonPhrase(505)).isEqualTo("HTTP Version Not Supported");
    assertThat(Http1ResponseEncoder.reasonPhrase(207)).isEqualTo("Multi-Status");
    assertThat(Http1ResponseEncoder.reasonPhrase(299)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0", "7", "10", "99", "100", "65536", "2147483648", "9223372036854775807"})
  void writesContentLengthDigits(long length) {
    assertThat(encode(200, new ResponseHeaders(), length, false, false))
        .endsWith("Content-Length: " + length + "\r\n\r\n");
  }

  @Test
  void writesChunkedFramingAndCloseDelimitedFraming() {
    assertThat(encode(200, new ResponseHeaders(), Http1ResponseEncoder.CHUNKED, false, false))
        .isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Transfer-Encoding: chunked\r\n\r\n");
    assertThat(encode(200, new ResponseHeaders(), Http1ResponseEncoder.CLOSE_DELIMITED, false, false))
        .isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Connection: close\r\n\r\n");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> encode(200, new ResponseHeaders(), -3, false, false)).withMessageContaining("contentLength");
  }

  @Test
  void neverWritesTheApplicationsFramingHeaders() {
    ResponseHeaders headers = new ResponseHeaders().add("Content-Length", "999").add("transfer-encoding", "gzip")
        .add("X", "1");
    assertThat(encode(200, headers, 3, false, false))
        .isEqualTo("HTTP/1.1 200 OK\r\nX: 1\r\n" + DATE + "Content-Length: 3\r\n\r\n");
  }

  @Test
  void writesNoFramingFor204AndInformationalResponses() {
    ResponseHeaders headers = new ResponseHeaders().add("Content-Length", "5").add("X", "1");
    assertThat(encode(204, headers, 5, false, true)).isEqualTo("HTTP/1.1 204 No Content\r\nX: 1\r\n" + DATE
        + "Connection: close\r\n\r\n");
    assertThat(encode(100, new ResponseHeaders(), 5, false, false)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
    ResponseHeaders upgrade = new ResponseHeaders().add("Connection", "Upgrade").add("Upgrade", "websocket");
    assertThat(encode(101, upgrade, 0, false, true))
        .isEqualTo("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
  }

  @Test
  void keepsTheContentLengthA304HandlerSetAndAddsNone() {
    ResponseHeaders headers = new ResponseHeaders().add("ETag", "\"x\"").add("Content-Length", "1234");
    assertThat(encode(304, headers, 0, false, false))
        .isEqualTo("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\nContent-Length: 1234\r\n" + DATE + "\r\n");
    assertThat(encode(304, new ResponseHeaders(), Http1ResponseEncoder.CHUNKED, false, false))
        .isEqualTo("HTTP/1.1 304 Not Modified\r\n" + DATE + "\r\n");
  }

  @Test
  void writesTheLengthAHeadResponseWouldHaveHad() {
    assertThat(encode(200, new ResponseHeaders(), 42, true, false))
        .isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Content-Length: 42\r\n\r\n");
    assertThat(encode(200, new ResponseHeaders(), Http1ResponseEncoder.CHUNKED, true, false))
        .isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "\r\n");
  }

  @Test
  void saysWhenABodyMayFollow() {
    assertThat(Http1ResponseEncoder.bodyAllowed(200, false)).isTrue();
    assertThat(Http1ResponseEncoder.bodyAllowed(404, false)).isTrue();
    assertThat(Http1ResponseEncoder.bodyAllowed(200, true)).isFalse();
    assertThat(Http1ResponseEncoder.bodyAllowed(101, false)).isFalse();
    assertThat(Http1ResponseEncoder.bodyAllowed(204, false)).isFalse();
    assertThat(Http1ResponseEncoder.bodyAllowed(304, false)).isFalse();
  }

  @Test
  void replacesConnectionWhenClosing() {
    ResponseHeaders headers = new ResponseHeaders().add("Connection", "keep-alive");
    assertThat(encode(200, headers, 0, false, true))
        .isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Content-Length: 0\r\nConnection: close\r\n\r\n");
    assertThat(encode(200, headers, 0, false, false))
        .isEqualTo("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n" + DATE + "Content-Length: 0\r\n\r\n");
  }

  @Test
  void keepsTheApplicationsDateAndServer() {
    Http1ResponseEncoder withServer = new Http1ResponseEncoder(new HttpDateCache(FIXED), "fastpath");
    assertThat(encode(withServer, 200, new ResponseHeaders(), 0, false, false))
        .isEqualTo("HTTP/1.1 200 OK\r\n" + DATE + "Server: fastpath\r\nContent-Length: 0\r\n\r\n");
    ResponseHeaders headers = new ResponseHeaders().add("date", "Mon, 01 Jan 2024 00:00:00 GMT").add("SERVER", "x");
    assertThat(encode(withServer, 200, headers, 0, false, false)).isEqualTo("HTTP/1.1 200 OK\r\n"
        + "Date: Mon, 01 Jan 2024 00:00:00 GMT\r\nServer: x\r\nContent-Length: 0\r\n\r\n");
    assertThatIllegalArgumentException().isThrownBy(() -> new Http1ResponseEncoder(new HttpDateCache(), "a\r\nb"));
  }

  @Test
  void writesObsTextAsLatin1AndWiderCharactersAsQuestionMarks() {
    ResponseHeaders headers = new ResponseHeaders().add("X", "caf\u00e9 \u010a\u0100 \u20ac");
    ByteBuf out = this.encoder.encodeHead(ByteBufAllocator.DEFAULT, 200, headers, 0, false, false);
    try {
      assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("X: caf\u00e9 ?? ?\r\n");
      for (int i = 0; i < out.readableBytes(); i++) {
        byte b = out.getByte(i);
        if (b == '\r') {
          assertThat(out.getByte(i + 1)).as("CR only in CRLF").isEqualTo((byte) '\n');
        }
        if (b == '\n') {
          assertThat(out.getByte(i - 1)).as("LF only in CRLF").isEqualTo((byte) '\r');
        }
      }
    } finally {
      out.release();
    }
  }

  @Test
  void encodesIntoTheCallersBuffer() {
    ByteBuf out = Unpooled.buffer(4);
    this.encoder.encodeHead(out, 201, new ResponseHeaders().add(ResponseHeaders.RETRY_AFTER, "5"), 2, false, false);
    out.writeCharSequence("ok", StandardCharsets.US_ASCII);
    assertThat(out.toString(StandardCharsets.US_ASCII))
        .isEqualTo("HTTP/1.1 201 Created\r\nRetry-After: 5\r\n" + DATE + "Content-Length: 2\r\n\r\nok");
    out.release();
  }

  @Test
  void providesTheContinueResponseAndChunkFraming() {
    ByteBuf out = Unpooled.buffer();
    Http1ResponseEncoder.writeContinue(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
    assertThat(out.readableBytes()).isEqualTo(Http1ResponseEncoder.CONTINUE_LENGTH);
    out.release();
    ByteBuf chunks = Unpooled.buffer();
    for (int size : new int[] {1, 15, 16, 255, 4096, Integer.MAX_VALUE}) {
      Http1ResponseEncoder.writeChunkHeader(chunks, size);
    }
    Http1ResponseEncoder.writeChunkEnd(chunks);
    Http1ResponseEncoder.writeLastChunk(chunks);
    assertThat(chunks.toString(StandardCharsets.US_ASCII))
        .isEqualTo("1\r\nf\r\n10\r\nff\r\n1000\r\n7fffffff\r\n\r\n0\r\n\r\n");
    chunks.release();
    assertThatIllegalArgumentException().isThrownBy(() -> Http1ResponseEncoder.writeChunkHeader(Unpooled.buffer(), 0));
  }

  @Test
  void encodesAHeadWithoutAllocatingOnceWarm() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    ResponseHeaders headers = new ResponseHeaders().add(ResponseHeaders.CONTENT_TYPE, "application/json")
        .add("X-Request-Id", "abc-123");
    ByteBuf out = Unpooled.buffer(512);
    for (int i = 0; i < 20_000; i++) {
      out.clear();
      this.encoder.encodeHead(out, 200, headers, 1234 + i, false, (i & 1) == 0);
    }
    long thread = Thread.currentThread().threadId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 50_000; i++) {
      out.clear();
      this.encoder.encodeHead(out, 200, headers, 1234 + i, false, (i & 1) == 0);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    out.release();
    assertThat(allocated).as("bytes allocated by 50 000 heads").isLessThan(10_000);
  }
}
