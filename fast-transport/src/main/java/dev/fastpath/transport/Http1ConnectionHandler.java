package dev.fastpath.transport;

import dev.fastpath.http1.Http1DecodeFailure;
import dev.fastpath.http1.Http1ContinueExpected;
import dev.fastpath.http1.Http1ResponseEncoder;
import dev.fastpath.http1.Http1Request;
import dev.fastpath.metrics.RejectionReason;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.SingleThreadEventLoop;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/1.1 connection: receives decoded requests, hands each to an {@link Http1Exchange}, and writes
 * the responses strictly in request order.
 *
 * <ul>
 *   <li><b>Pipelining.</b> Every request of a read is dispatched (up to {@code maxInFlightPerConnection},
 *       the rest wait); responses are written without flushing and flushed once in
 *       {@link #channelReadComplete}, so a pipelined batch leaves in one {@code writev}. Responses
 *       completed on other threads (offloaded handlers) are written when the loop runs their hand-over
 *       tasks and flushed once after that batch of tasks ({@link #completeLater}).
 *   <li><b>Back-pressure.</b> Reading stops while the in-flight cap is reached, requests wait, or the
 *       channel is not writable (above its high-water mark), and resumes when that is over.
 *   <li><b>Closing.</b> After a request that is not keep-alive, a response with {@code Connection: close},
 *       a decode failure or a timeout, later requests are discarded and the connection closes after the
 *       last write. While the server drains, the last response gets {@code Connection: close}.
 *   <li><b>Timeouts.</b> The loop's periodic check calls {@link #checkTimeouts}: header read and body read
 *       (408 and close) while a request arrives, idle while none does; none while requests are in flight.
 * </ul>
 *
 * <p>Confined to the connection's event loop.
 */
final class Http1ConnectionHandler extends ChannelInboundHandlerAdapter implements ReadProgressTap.Progress {

  private static final Logger logger = LoggerFactory.getLogger(Http1ConnectionHandler.class);

  private static final int READ_IDLE = 0;
  private static final int READ_HEAD = 1;
  private static final int READ_BODY = 2;
  /** A coalescing buffer is sized for at most this many responses (larger batches take several). */
  private static final int MAX_COALESCED_RESPONSES = 16;
  /** Nor beyond this many bytes: a batch of large responses takes several buffers, not one huge one. */
  private static final int MAX_COALESCED_BYTES = 16 * 1024;

  final ServerContext server;
  @Nullable Http1ConnectionHandler previousOnLoop;
  @Nullable Http1ConnectionHandler nextOnLoop;

  private @Nullable ChannelHandlerContext ctx;
  private @Nullable LoopContext loop;
  private final ArrayDeque<Http1Exchange> inFlight = new ArrayDeque<>(2);
  private final ArrayDeque<Http1Exchange> waiting = new ArrayDeque<>(2);
  private @Nullable Http1Exchange free;
  private @Nullable Http1ResponseWriter writer;

  private int readState = READ_IDLE;
  /** When the current read state began, on the loop's clock. */
  private long phaseStart;
  private boolean inReadBatch;
  /** Set while a completion handed over from a handler's thread runs on the loop. */
  private boolean inTaskBatch;
  /** {@link #tailFlush} is queued to run after the loop's current batch of tasks. */
  private boolean tailFlushQueued;
  private final Runnable tailFlush = this::tailFlush;
  /** Exchanges completed on other threads, newest first (linked by {@code nextCompleted}), for {@link #takeCompleted}. */
  private final AtomicReference<@Nullable Http1Exchange> completedElsewhere = new AtomicReference<>();
  private final Runnable takeCompleted = this::takeCompleted;
  /** The loop refused a task: completions from other threads are dropped from now on. */
  private volatile boolean loopGone;
  private boolean needsFlush;
  /** No further request is accepted: what is queued is answered, then the connection closes. */
  private boolean closing;
  private boolean closeScheduled;
  private boolean closed;
  /** Guards {@link #writeReady()} against re-entry from handlers that complete synchronously. */
  private boolean writing;
  private boolean reading = true;
  /** Offloaded exchanges dispatched in the current read or write pass, chained by {@code nextOffloaded}. */
  private @Nullable Http1Exchange offloadFirst;
  private @Nullable Http1Exchange offloadLast;
  /** Small responses written since the last flush, not yet handed to the channel (see {@link #coalescingBuffer}). */
  private @Nullable ByteBuf coalesced;
  /** A request waits for {@code 100 Continue} until the responses before it are written. */
  private boolean continueOwed;
  private @Nullable PendingFailure pendingFailure;
  private long openedNanos;
  private long requests;

  Http1ConnectionHandler(ServerContext server) {
    this.server = server;
  }

  // ---- lifecycle

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    LoopContext loopContext = this.server.loop(ctx.channel().eventLoop());
    this.loop = loopContext;
    this.writer = loopContext.writer;
    loopContext.register(this);
    this.phaseStart = loopContext.now();
    this.openedNanos = System.nanoTime();
    this.server.listener.connectionOpened();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (!this.closed) {
      this.closed = true;
      startOffloaded();
      releaseCoalesced();
      cancelAll();
      loop().unregister(this);
      this.server.listener.connectionClosed(System.nanoTime() - this.openedNanos, this.requests);
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException) {
      logger.debug("Connection {} failed, closing", ctx.channel(), cause);
    } else {
      logger.warn("Unexpected error on connection {}, closing", ctx.channel(), cause);
    }
    ctx.close();
  }

  // ---- inbound

  @Override
  public boolean bytesRead() {
    if (this.readState == READ_IDLE) {
      this.readState = READ_HEAD;
      this.phaseStart = loop().now();
    }
    return this.readState == READ_HEAD;
  }

  @Override
  public void headComplete() {
    this.readState = READ_BODY;
    this.phaseStart = loop().now();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    this.inReadBatch = true;
    if (msg instanceof Http1Request request) {
      requestReceived(request);
    } else if (msg == Http1ContinueExpected.INSTANCE) {
      continueExpected();
    } else if (msg instanceof Http1DecodeFailure failure) {
      this.readState = READ_IDLE;
      reject(PendingFailure.of(failure));
    } else {
      ReferenceCountUtil.release(msg);
    }
  }

  private void requestReceived(Http1Request message) {
    this.readState = READ_IDLE;
    this.phaseStart = loop().now();
    if (this.closing) {
      // RFC 9112 §9.6: nothing after a request that closes the connection is processed.
      message.release();
      return;
    }
    this.requests++;
    Http1Exchange exchange = obtainExchange();
    exchange.init(message, this.server.listening ? System.nanoTime() : 0);
    if (!message.keepAlive()) {
      this.closing = true;
    }
    if (this.waiting.isEmpty() && this.inFlight.size() < this.server.maxInFlightPerConnection) {
      this.inFlight.addLast(exchange);
      start(exchange);
    } else {
      this.waiting.addLast(exchange);
    }
    updateReading();
  }

  /** A request waits for {@code 100 Continue}: now if every earlier response is out, else after the last. */
  private void continueExpected() {
    if (this.closing) {
      return;
    }
    if (this.inFlight.isEmpty() && this.waiting.isEmpty()) {
      writeContinue();
    } else {
      this.continueOwed = true;
    }
  }

  private void writeContinue() {
    this.continueOwed = false;
    Http1ResponseEncoder.writeContinue(coalescingBuffer(Http1ResponseEncoder.CONTINUE_LENGTH));
    this.needsFlush = true;
  }

  private void start(Http1Exchange exchange) {
    loop().requestsInFlight++;
    this.server.listener.requestStarted(exchange.method);
    exchange.dispatch();
  }

  /**
   * The client half-closed (it shut down its output after its requests, as {@code nc} does): answer what
   * was received, then close; a request that was not complete is dropped.
   */
  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent && !this.closing) {
      this.closing = true;
      this.readState = READ_IDLE;
      if (this.inFlight.isEmpty() && this.waiting.isEmpty() && this.pendingFailure == null) {
        scheduleClose();
      }
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    this.inReadBatch = false;
    startOffloaded();
    flushIfNeeded();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    updateReading();
    ctx.fireChannelWritabilityChanged();
  }

  /** Answers a decode failure or a timeout once the responses before it are written, then closes. */
  private void reject(PendingFailure failure) {
    this.server.listener.requestRejected(failure.reason());
    this.closing = true;
    if (this.pendingFailure == null) {
      this.pendingFailure = failure;
    }
    updateReading();
    writeReady();
  }

  // ---- outbound, in request order

  /** An exchange's response is complete (or its stream started); on the loop. */
  void responseReady(Http1Exchange exchange) {
    if (exchange == this.inFlight.peekFirst()) {
      writeReady();
    }
  }

  /** Writes every response at the head of the queue that is ready, dispatching waiting requests as slots free. */
  private void writeReady() {
    if (this.writing || this.closeScheduled) {
      return;
    }
    this.writing = true;
    try {
      for (;;) {
        Http1Exchange head = this.inFlight.peekFirst();
        if (head != null && head.ready) {
          if (!writeHead(head)) {
            break;
          }
          continue;
        }
        if (!this.waiting.isEmpty() && this.inFlight.size() < this.server.maxInFlightPerConnection) {
          Http1Exchange next = this.waiting.pollFirst();
          this.inFlight.addLast(next);
          start(next);
          continue;
        }
        break;
      }
      if (this.inFlight.isEmpty() && this.waiting.isEmpty() && !this.closeScheduled) {
        queueEmptied();
        if (this.continueOwed && !this.closeScheduled) {
          writeContinue();
        }
      }
    } finally {
      this.writing = false;
    }
    if (!this.inReadBatch) {
      startOffloaded();
    }
    updateReading();
    flushIfNeeded();
  }

  /** Writes the head exchange; returns whether to go on (false: a stream goes on, or the connection closes). */
  private boolean writeHead(Http1Exchange exchange) {
    boolean last = this.inFlight.size() == 1 && this.waiting.isEmpty();
    boolean close = (this.closing && last && this.pendingFailure == null)
        || writer().requestsClose(exchange)
        || (this.server.draining() && last && this.readState == READ_IDLE);
    exchange.closeAfter = close;
    this.needsFlush = true;
    if (!writer().write(ctx(), exchange)) {
      return false;
    }
    boolean closeAfter = exchange.closeAfter;
    this.inFlight.pollFirst();
    // finish() may recycle the exchange (and reset its fields): read what is needed first.
    finish(exchange);
    if (closeAfter) {
      scheduleClose();
      return false;
    }
    return true;
  }

  private void finish(Http1Exchange exchange) {
    loop().requestsInFlight--;
    exchange.finishing();
    this.server.listener.requestCompleted(exchange);
    exchange.connectionDone();
  }

  /** Nothing queued any more: a pending failure goes out, a draining connection closes, timers restart. */
  private void queueEmptied() {
    this.phaseStart = loop().now();
    PendingFailure failure = this.pendingFailure;
    if (failure != null) {
      this.needsFlush = true;
      writeCoalesced();
      writer().writeFailure(ctx(), failure.status(), failure.detail());
      scheduleClose();
    } else if (this.server.draining() && this.readState == READ_IDLE) {
      scheduleClose();
    }
  }

  /** A streamed chunk of the head exchange (its head is written). */
  void writeChunk(Http1Exchange exchange, ByteBuf chunk) {
    if (this.closeScheduled) {
      chunk.release();
      return;
    }
    writeCoalesced();
    writer().writeChunk(ctx(), exchange, chunk);
    this.needsFlush = true;
    flushIfNeeded();
  }

  /** The head exchange's stream ended. */
  void endStream(Http1Exchange exchange) {
    if (this.closeScheduled || exchange != this.inFlight.peekFirst()) {
      return;
    }
    writeCoalesced();
    writer().endStream(ctx(), exchange);
    this.needsFlush = true;
    boolean closeAfter = exchange.closeAfter;
    this.inFlight.pollFirst();
    finish(exchange);
    if (closeAfter || (this.closing && this.inFlight.isEmpty() && this.waiting.isEmpty()
        && this.pendingFailure == null)) {
      scheduleClose();
    } else {
      writeReady();
    }
  }

  /** Closes at once, dropping what is queued (a handler failed in the middle of a streamed body). */
  void abort(String why) {
    logger.debug("Closing connection {}: {}", ctx().channel(), why);
    ctx().close();
  }

  private void scheduleClose() {
    this.closeScheduled = true;
    this.phaseStart = loop().now();
    this.closing = true;
    this.needsFlush = false;
    cancelQueued();
    writeCoalesced();
    ctx().writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
  }

  /**
   * An exchange whose handler runs on a virtual thread. Those dispatched in one read or write pass (a
   * pipelined batch) share one virtual thread that runs them in request order, as a servlet container's
   * thread serves a connection: one thread start and one {@code maxConcurrency} permit per batch instead of
   * per request, and a later request never runs before an earlier one of the same connection.
   *
   * @return false when {@code maxConcurrency} virtual threads run already (the exchange answers 503)
   */
  boolean offload(Http1Exchange exchange) {
    Http1Exchange last = this.offloadLast;
    if (last != null) {
      last.nextOffloaded = exchange;
      this.offloadLast = exchange;
      return true;
    }
    if (!this.server.offloadPermits.tryAcquire()) {
      return false;
    }
    this.offloadFirst = exchange;
    this.offloadLast = exchange;
    if (!this.inReadBatch && !this.writing) {
      startOffloaded();
    }
    return true;
  }

  private void startOffloaded() {
    Http1Exchange first = this.offloadFirst;
    if (first != null) {
      this.offloadFirst = null;
      this.offloadLast = null;
      first.startOffloaded(loop().handlerThreads);
    }
  }

  /**
   * An exchange whose handler completed on another thread (a virtual thread, an async result): the loop
   * takes it with every other one completed meanwhile in one task ({@link #takeCompleted}), so a pipelined
   * batch costs one task, not one per response. When the loop no longer accepts tasks (it shut down) the
   * responses are dropped.
   */
  void completeLater(Http1Exchange exchange) {
    Http1Exchange head;
    do {
      head = this.completedElsewhere.get();
      exchange.nextCompleted = head;
    } while (!this.completedElsewhere.compareAndSet(head, exchange));
    if (head == null) {
      if (!execute(this.takeCompleted)) {
        this.loopGone = true;
        dropCompleted();
      }
    } else if (this.loopGone) {
      dropCompleted();
    }
  }

  /**
   * On the loop: the exchanges completed elsewhere since the last time, in the order they completed. What
   * they write is flushed once after the loop has run its current batch of tasks, so the responses of
   * pipelined requests that complete together leave in one write, as they do when their handlers run on
   * the loop.
   */
  private void takeCompleted() {
    Http1Exchange newestFirst = this.completedElsewhere.getAndSet(null);
    Http1Exchange oldestFirst = null;
    while (newestFirst != null) {
      Http1Exchange next = newestFirst.nextCompleted;
      newestFirst.nextCompleted = oldestFirst;
      oldestFirst = newestFirst;
      newestFirst = next;
    }
    this.inTaskBatch = true;
    try {
      while (oldestFirst != null) {
        Http1Exchange next = oldestFirst.nextCompleted;
        oldestFirst.nextCompleted = null;
        try {
          oldestFirst.ready();
        } catch (RuntimeException ex) {
          // As a failing task would: the connection's order is broken, so close it; the others still release.
          logger.warn("Writing a response on connection {} failed, closing", ctx().channel(), ex);
          ctx().close();
        }
        oldestFirst = next;
      }
    } finally {
      this.inTaskBatch = false;
    }
    if (!this.needsFlush || this.tailFlushQueued || this.closeScheduled) {
      return;
    }
    if (ctx().executor() instanceof SingleThreadEventLoop loop) {
      this.tailFlushQueued = true;
      loop.executeAfterEventLoopIteration(this.tailFlush);
    } else {
      flushIfNeeded();
    }
  }

  private void dropCompleted() {
    Http1Exchange exchange = this.completedElsewhere.getAndSet(null);
    while (exchange != null) {
      Http1Exchange next = exchange.nextCompleted;
      exchange.nextCompleted = null;
      exchange.releaseResponse();
      exchange = next;
    }
  }

  private void tailFlush() {
    this.tailFlushQueued = false;
    if (!this.closed) {
      flushIfNeeded();
    }
  }

  private void flushIfNeeded() {
    if (this.needsFlush && !this.inReadBatch && !this.inTaskBatch && !this.closeScheduled) {
      this.needsFlush = false;
      writeCoalesced();
      ctx().flush();
    }
  }

  /**
   * The buffer to append a small response of {@code size} bytes (an estimate) to: the one already holding
   * this batch's earlier responses while it has room, else a new one sized for the requests in flight (the
   * full one is handed to the channel first, so the order holds). One buffer per pipelined batch instead of
   * one per response: one allocation, one outbound entry and one iovec for the whole batch.
   */
  ByteBuf coalescingBuffer(int size) {
    ByteBuf pending = this.coalesced;
    if (pending != null) {
      if (pending.writableBytes() >= size) {
        return pending;
      }
      writeCoalesced();
    }
    int expected = Math.clamp(this.inFlight.size(), 1, MAX_COALESCED_RESPONSES);
    ByteBuf fresh = ctx().alloc().ioBuffer(Math.max(size, Math.min(size * expected, MAX_COALESCED_BYTES)));
    this.coalesced = fresh;
    return fresh;
  }

  /** Hands the coalesced responses to the channel; before any other write, so the order holds. */
  void writeCoalesced() {
    ByteBuf pending = this.coalesced;
    if (pending != null) {
      this.coalesced = null;
      if (pending.isReadable()) {
        ctx().write(pending, ctx().voidPromise());
      } else {
        pending.release();
      }
    }
  }

  private void releaseCoalesced() {
    ByteBuf pending = this.coalesced;
    if (pending != null) {
      this.coalesced = null;
      pending.release();
    }
  }

  private void updateReading() {
    boolean read = !this.closing && this.waiting.isEmpty()
        && this.inFlight.size() < this.server.maxInFlightPerConnection && ctx().channel().isWritable();
    if (read != this.reading) {
      this.reading = read;
      ctx().channel().config().setAutoRead(read);
    }
  }

  // ---- timeouts and draining (from the loop's periodic check and the server)

  void checkTimeouts(long now) {
    long elapsed = now - this.phaseStart;
    if (this.closeScheduled) {
      // The last response is still being written to a client that does not read: give up after idle.
      if (this.server.idleNanos > 0 && elapsed >= this.server.idleNanos) {
        ctx().close();
      }
      return;
    }
    if (this.closing || !this.inFlight.isEmpty() || !this.waiting.isEmpty()) {
      return;
    }
    switch (this.readState) {
      case READ_IDLE -> {
        if (this.server.idleNanos > 0 && elapsed >= this.server.idleNanos) {
          this.closing = true;
          ctx().close();
        } else {
          // Between requests at a tick: the exchanges kept for reuse (up to one per pipelined request) go, so
          // an idle keep-alive connection holds none. A busy one pays at most one exchange allocation per tick.
          this.free = null;
        }
      }
      case READ_HEAD -> {
        if (this.server.headerReadNanos > 0 && elapsed >= this.server.headerReadNanos) {
          reject(new PendingFailure(408, "The request head did not arrive in time", RejectionReason.HEADER_TIMEOUT));
        }
      }
      default -> {
        if (this.server.bodyReadNanos > 0 && elapsed >= this.server.bodyReadNanos) {
          reject(new PendingFailure(408, "The request body did not arrive in time", RejectionReason.BODY_TIMEOUT));
        }
      }
    }
  }

  /** The server shuts down gracefully: close now if idle, else after the last queued response. */
  void startDraining() {
    if (!this.closeScheduled && this.inFlight.isEmpty() && this.waiting.isEmpty() && this.readState == READ_IDLE) {
      this.closing = true;
      ctx().close();
    }
  }

  // ---- exchanges

  private Http1Exchange obtainExchange() {
    Http1Exchange exchange = this.free;
    if (exchange != null) {
      this.free = exchange.nextFree;
      exchange.nextFree = null;
      return exchange;
    }
    return new Http1Exchange(this);
  }

  /** Both sides are done with {@code exchange}: keep it for the next request. */
  void recycle(Http1Exchange exchange) {
    if (this.closed) {
      return;
    }
    exchange.reset();
    exchange.nextFree = this.free;
    this.free = exchange;
  }

  private void cancelQueued() {
    Http1Exchange exchange;
    while ((exchange = this.waiting.pollFirst()) != null) {
      exchange.cancel(false);
    }
    // In-flight exchanges after the head keep running; their responses are dropped when ready.
    while ((exchange = this.inFlight.pollFirst()) != null) {
      loop().requestsInFlight--;
      exchange.cancel(true);
    }
  }

  private void cancelAll() {
    cancelQueued();
    this.free = null;
  }

  // ---- helpers for exchanges and streams

  Channel channel() {
    return ctx().channel();
  }

  ByteBufAllocator alloc() {
    return ctx().alloc();
  }

  boolean inEventLoop() {
    return ctx().executor().inEventLoop();
  }

  /** Runs {@code task} on the loop; false when the loop no longer accepts tasks (it shut down). */
  boolean execute(Runnable task) {
    try {
      ctx().executor().execute(task);
      return true;
    } catch (RejectedExecutionException ex) {
      return false;
    }
  }

  private Http1ResponseWriter writer() {
    Http1ResponseWriter current = this.writer;
    assert current != null : "handler not added";
    return current;
  }

  private ChannelHandlerContext ctx() {
    ChannelHandlerContext context = this.ctx;
    assert context != null : "handler not added";
    return context;
  }

  private LoopContext loop() {
    LoopContext context = this.loop;
    assert context != null : "handler not added";
    return context;
  }
}
