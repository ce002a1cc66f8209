package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mutated valid requests (pipelined, with bodies) must decode the same whether they arrive in one read
 * or split at random points, must never make the decoder throw, must end in at most one failure that
 * nothing follows, and must leave no buffer unreleased.
 */
@ExtendWith(NettyLeakDetectionExtension.class)
class Http1DecoderFuzzTests {

  private static final String[] SEEDS = {
    Http1RequestDecoderTests.BROWSER_GET,
    Http1RequestDecoderTests.POST_JSON,
    Http1RequestDecoderTests.CHUNKED_POST,
    "GET http://a:80/x?y HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    "OPTIONS * HTTP/1.1\r\nHost: [::1]:8080\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx",
  };
  private static final byte[] INTERESTING = " \t\r\n:;,=\"\\#?/%0aAfF\u0000\u007f\u00ff-".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void decodesMutatedRequestsTheSameWholeAndSplit() {
    Random random = new Random(20240611);
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderSize(600).maxInitialLineLength(120)
        .maxBodySize(64).maxChunkExtensionLength(24).maxTrailerSize(40).maxHeaderCount(12).build();
    for (int round = 0; round < 600; round++) {
      byte[] input = mutate(random, pipeline(random));
      List<Object> whole = decode(config, input, new int[0]);
      int[] cuts = random.ints(1 + random.nextInt(4), 0, input.length + 1).sorted().toArray();
      List<Object> split = decode(config, input, cuts);
      assertThat(split).as("round %d: %s", round, printable(input)).isEqualTo(whole);
      for (int i = 0; i < whole.size() - 1; i++) {
        assertThat(whole.get(i)).as("nothing after a failure").isInstanceOf(DecodedRequest.class);
      }
    }
  }

  private static byte[] pipeline(Random random) {
    StringBuilder raw = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      raw.append(SEEDS[random.nextInt(SEEDS.length)]);
    }
    return raw.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] mutate(Random random, byte[] input) {
    byte[] bytes = input.clone();
    int mutations = random.nextInt(3);
    for (int i = 0; i < mutations && bytes.length > 0; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(3)) {
        case 0 -> bytes[at] = INTERESTING[random.nextInt(INTERESTING.length)];
        case 1 -> bytes[at] = (byte) random.nextInt(256);
        default -> {
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          bytes = shorter;
        }
      }
    }
    return bytes;
  }

  private static List<Object> decode(Http1DecoderConfig config, byte[] input, int[] cuts) {
    DecoderHarness harness = new DecoderHarness(config);
    int from = 0;
    for (int cut : cuts) {
      harness.write(java.util.Arrays.copyOfRange(input, from, cut));
      from = cut;
    }
    harness.write(java.util.Arrays.copyOfRange(input, from, input.length));
    harness.continuesDue();
    harness.finish();
    return harness.emitted();
  }

  private static String printable(byte[] input) {
    StringBuilder out = new StringBuilder();
    for (byte b : input) {
      int c = b & 0xFF;
      out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return out.toString();
  }
}
