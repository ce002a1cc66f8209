package dev.fastpath.bench.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three JSON write paths produce the same bytes, and the pooled buffers are released. */
class JsonWriteBenchmarkTests {

  @ParameterizedTest
  @EnumSource(JsonPayload.class)
  void everyPathWritesTheSameJson(JsonPayload payload) throws Exception {
    JsonWriteBenchmark benchmark = new JsonWriteBenchmark();
    benchmark.payload = payload;
    benchmark.setUp();

    byte[] expected = benchmark.jacksonToBytes();
    ByteBuf bodyWriter = benchmark.bodyWriterBuffer();
    ByteBuf pooled = benchmark.pooledBuffer();
    try {
      assertThat(ByteBufUtil.getBytes(bodyWriter)).isEqualTo(expected);
      assertThat(ByteBufUtil.getBytes(pooled)).isEqualTo(expected);
    } finally {
      assertThat(bodyWriter.release()).isTrue();
      assertThat(pooled.release()).isTrue();
    }
    assertThat(benchmark.contentType()).isEqualTo("application/json");
    String json = new String(expected, StandardCharsets.UTF_8);
    switch (payload) {
      case MESSAGE -> assertThat(json).isEqualTo("{\"message\":\"Hello, World!\"}");
      case USER -> assertThat(json).isEqualTo("{\"id\":42,\"name\":\"user-42\"}");
      case USERS_100 -> assertThat(json).startsWith("[{\"id\":1,\"name\":\"user-1\"},").endsWith(
          "{\"id\":100,\"name\":\"user-100\"}]").hasSizeGreaterThan(2500);
    }
    assertThat(benchmark.fastpathBodyWriter()).isEqualTo(expected.length);
    assertThat(benchmark.jacksonToPooledBuffer()).isEqualTo(expected.length);
  }
}
