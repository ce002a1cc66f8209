package dev.fastpath.transport;

import dev.fastpath.http.ResponseStream;
import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * A streamed response body. The handler's thread writes; every chunk moves to the event loop, where it is
 * written right behind the head once this exchange's turn has come (earlier pipelined responses first),
 * or kept until then. One object per stream, so a handler holding a stale stream cannot write into a
 * later request's response.
 */
final class ChunkedStream implements ResponseStream {

  private final Http1Exchange exchange;
  /** Writer-thread state: the handler writes from one thread at a time. */
  private boolean ended;

  // ---- loop-confined
  private @Nullable ArrayDeque<ByteBuf> pending;
  private boolean endedOnLoop;
  private boolean aborted;

  ChunkedStream(Http1Exchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public ResponseStream write(ByteBuf chunk) {
    if (this.ended) {
      chunk.release();
      throw new IllegalStateException("The stream was already ended");
    }
    if (!chunk.isReadable()) {
      chunk.release();
      return this;
    }
    Http1ConnectionHandler connection = this.exchange.connection;
    if (connection.inEventLoop()) {
      writeOnLoop(chunk);
    } else if (!connection.execute(() -> writeOnLoop(chunk))) {
      chunk.release();
    }
    return this;
  }

  @Override
  public ResponseStream write(byte[] bytes, int offset, int length) {
    if (this.ended) {
      throw new IllegalStateException("The stream was already ended");
    }
    if (length == 0) {
      return this;
    }
    return write(this.exchange.alloc().buffer(length).writeBytes(bytes, offset, length));
  }

  @Override
  public void end() {
    if (this.ended) {
      return;
    }
    this.ended = true;
    Http1ConnectionHandler connection = this.exchange.connection;
    if (connection.inEventLoop()) {
      endOnLoop();
    } else {
      connection.execute(this::endOnLoop);
    }
  }

  /** The handler failed after starting the stream: the body cannot be completed, so the connection closes. */
  void abort() {
    this.ended = true;
    Http1ConnectionHandler connection = this.exchange.connection;
    if (connection.inEventLoop()) {
      abortOnLoop();
    } else {
      connection.execute(this::abortOnLoop);
    }
  }

  private void writeOnLoop(ByteBuf chunk) {
    if (this.exchange.cancelled || this.aborted) {
      chunk.release();
    } else if (this.exchange.headWritten) {
      this.exchange.connection.writeChunk(this.exchange, chunk);
    } else {
      if (this.pending == null) {
        this.pending = new ArrayDeque<>(4);
      }
      this.pending.add(chunk);
    }
  }

  private void endOnLoop() {
    this.endedOnLoop = true;
    if (!this.exchange.cancelled && !this.aborted && this.exchange.headWritten) {
      this.exchange.connection.endStream(this.exchange);
    }
  }

  private void abortOnLoop() {
    if (!this.aborted) {
      this.aborted = true;
      releasePending();
      this.exchange.connection.abort("the handler failed while streaming");
    }
  }

  /** On the loop, once the head is written: the chunk kept so far, oldest first, or {@code null}. */
  @Nullable ByteBuf pollPending() {
    return this.pending != null ? this.pending.pollFirst() : null;
  }

  boolean endedOnLoop() {
    return this.endedOnLoop;
  }

  /** Drops the kept chunks (the connection closed). */
  void releasePending() {
    ArrayDeque<ByteBuf> chunks = this.pending;
    if (chunks != null) {
      ByteBuf chunk;
      while ((chunk = chunks.pollFirst()) != null) {
        chunk.release();
      }
    }
  }
}
