package dev.fastpath.transport.reactor;

import dev.fastpath.http.ResponseStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import reactor.core.publisher.Sinks;

/** A streamed body on the Reactor Netty engine: each write becomes one element of the body publisher. */
final class ReactorResponseStream implements ResponseStream {

  private final Sinks.Many<ByteBuf> chunks;
  private final boolean drop;
  private boolean ended;

  ReactorResponseStream(Sinks.Many<ByteBuf> chunks, boolean drop) {
    this.chunks = chunks;
    this.drop = drop;
  }

  @Override
  public ResponseStream write(ByteBuf chunk) {
    if (this.ended) {
      chunk.release();
      throw new IllegalStateException("The stream was already ended");
    }
    if (this.drop || !chunk.isReadable() || this.chunks.tryEmitNext(chunk).isFailure()) {
      chunk.release();
    }
    return this;
  }

  @Override
  public ResponseStream write(byte[] bytes, int offset, int length) {
    if (this.ended) {
      throw new IllegalStateException("The stream was already ended");
    }
    return write(PooledByteBufAllocator.DEFAULT.buffer(length).writeBytes(bytes, offset, length));
  }

  @Override
  public void end() {
    if (!this.ended) {
      this.ended = true;
      this.chunks.tryEmitComplete();
    }
  }
}
