package dev.fastpath.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Sits in front of the decoder and tells the connection how far the current request has come, for the
 * read timeouts: that its first bytes arrived (the header-read timeout starts) and that its head is
 * complete (the body-read timeout takes over). The decoder emits only complete requests, so the end of
 * the head is found here, by looking for the empty line: an {@code indexOf(LF)} per field line while a
 * head is arriving, nothing otherwise. A partial match is carried across reads.
 */
final class ReadProgressTap extends ChannelInboundHandlerAdapter {

  private static final byte CR = '\r';
  private static final byte LF = '\n';

  private final Progress connection;
  /** How many bytes of CR LF CR LF the bytes seen so far end with. */
  private int matched;

  ReadProgressTap(Progress connection) {
    this.connection = connection;
  }

  /** What the tap reports to (the connection). */
  interface Progress {

    /**
     * Bytes arrived; a request has begun if none was under way.
     *
     * @return whether a request head is being read, so the tap should look for its end
     */
    boolean bytesRead();

    /** The head of the current request is complete; its body follows. */
    void headComplete();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf bytes && this.connection.bytesRead()) {
      if (headEnds(bytes)) {
        this.matched = 0;
        this.connection.headComplete();
      }
    }
    ctx.fireChannelRead(msg);
  }

  /** Whether {@code bytes} complete the empty line that ends a head. */
  private boolean headEnds(ByteBuf bytes) {
    int index = bytes.readerIndex();
    int end = bytes.writerIndex();
    while (index < end) {
      if (this.matched != 0) {
        byte b = bytes.getByte(index++);
        this.matched = advance(this.matched, b);
        if (this.matched == 4) {
          return true;
        }
        continue;
      }
      int lf = bytes.indexOf(index, end, LF);
      if (lf < 0) {
        this.matched = bytes.getByte(end - 1) == CR ? 1 : 0;
        return false;
      }
      this.matched = lf > bytes.readerIndex() && bytes.getByte(lf - 1) == CR ? 2 : 0;
      index = lf + 1;
    }
    return false;
  }

  private static int advance(int matched, byte b) {
    byte expected = (matched & 1) == 0 ? CR : LF;
    if (b == expected) {
      return matched + 1;
    }
    return b == CR ? 1 : 0;
  }
}
