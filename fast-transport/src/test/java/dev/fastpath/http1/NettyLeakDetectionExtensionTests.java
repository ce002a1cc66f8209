package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;

class NettyLeakDetectionExtensionTests {

  @Test
  void reportsABufferThatWasNeverReleased() {
    NettyLeakDetectionExtension.collectLeaks(1, 10);
    leakOneBuffer();
    assertThat(NettyLeakDetectionExtension.collectLeaks(5, 20)).anySatisfy(report -> assertThat(report).contains("LEAK"));
  }

  @Test
  void reportsNothingWhenEveryBufferIsReleased() {
    NettyLeakDetectionExtension.collectLeaks(1, 10);
    ByteBuf buffer = UnpooledByteBufAllocator.DEFAULT.directBuffer(16);
    buffer.writeInt(42);
    buffer.release();
    assertThat(NettyLeakDetectionExtension.collectLeaks(2, 10)).isEmpty();
  }

  private static void leakOneBuffer() {
    ByteBuf leaked = UnpooledByteBufAllocator.DEFAULT.directBuffer(16);
    leaked.writeLong(System.nanoTime());
  }
}
