package dev.fastpath.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http1.NettyLeakDetectionExtension;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NettyLeakDetectionExtension.class)
class ReadProgressTapTests {

  private static final String HEAD = "POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\n\r\n";

  /** Starts a request on the first bytes, counts head completions, stops scanning after the head. */
  private static final class Recorder implements ReadProgressTap.Progress {
    boolean reading;
    boolean inHead;
    int heads;

    @Override
    public boolean bytesRead() {
      if (!this.reading) {
        this.reading = true;
        this.inHead = true;
      }
      return this.inHead;
    }

    @Override
    public void headComplete() {
      this.inHead = false;
      this.heads++;
    }
  }

  private static int headsSeen(String... reads) {
    Recorder recorder = new Recorder();
    EmbeddedChannel channel = new EmbeddedChannel(new ReadProgressTap(recorder));
    for (String read : reads) {
      channel.writeInbound(Unpooled.copiedBuffer(read, StandardCharsets.US_ASCII));
      ByteBuf passed = channel.readInbound();
      assertThat(passed.toString(StandardCharsets.US_ASCII)).isEqualTo(read);
      passed.release();
    }
    assertThat(channel.finishAndReleaseAll()).isFalse();
    return recorder.heads;
  }

  @Test
  void findsTheEndOfAHeadInOneRead() {
    assertThat(headsSeen(HEAD + "abc")).isEqualTo(1);
  }

  @Test
  void findsTheEndOfAHeadSplitAtEveryByte() {
    for (int split = 1; split < HEAD.length(); split++) {
      assertThat(headsSeen(HEAD.substring(0, split), HEAD.substring(split))).as("split at %d", split).isEqualTo(1);
    }
  }

  @Test
  void findsTheEndOfAHeadArrivingByteByByte() {
    assertThat(headsSeen(HEAD.split(""))).isEqualTo(1);
  }

  @Test
  void doesNotTakeALineEndForTheEndOfTheHead() {
    assertThat(headsSeen("GET / HTTP/1.1\r\n", "Host: test\r\n", "X-A: b\r\n")).isZero();
  }

  @Test
  void stopsLookingOnceTheHeadIsComplete() {
    // The body holds another empty line: only the head's counts.
    assertThat(headsSeen(HEAD, "\r\n\r\n")).isEqualTo(1);
  }
}
