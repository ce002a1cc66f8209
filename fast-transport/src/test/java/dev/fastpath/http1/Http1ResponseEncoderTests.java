package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NettyLeakDetectionExtension.class)
class Http1ResponseEncoderTests {

  private static final InstantSource FIXED = InstantSource.fixed(Instant.parse("1994-11-06T08:49:37Z"));

  private final Http1ResponseEncoder encoder = new Http1ResponseEncoder(new HttpDateCache(FIXED));

  private String encode(int status, ResponseHeaders headers, long contentLength, boolean head, boolean close) {
    ByteBuf out = this.encoder.encodeHead(ByteBufAllocator.DEFAULT, status, headers, contentLength, head, close);
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
        + "Content-Type: text/plain\r\nX-Trace: abc\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
        + "Content-Length: 1234567890123\r\n\r\n");
  }
}
