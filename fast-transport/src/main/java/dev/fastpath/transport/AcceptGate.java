package dev.fastpath.transport;

import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.TransportListener;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Sits on every listener and counts connections as they are accepted, before they are registered: at
 * {@code maxConnections} it pauses accepting on all listeners (auto-read off, so new connections wait in
 * the kernel's backlog) and resumes when one closes. A connection that slips past the pause (another
 * listener accepted it concurrently, or io_uring had an accept armed already) is held unregistered, as if
 * it were still in the backlog, and admitted when a slot frees; only past {@link #MAX_HELD} such
 * connections is one closed at once and reported as {@link RejectionReason#CONNECTION_LIMIT}.
 */
@ChannelHandler.Sharable
final class AcceptGate extends ChannelInboundHandlerAdapter implements ChannelFutureListener {

  /** Accepted connections kept waiting over the limit, at most; a small overshoot, like the backlog's. */
  static final int MAX_HELD = 128;

  private final int maxConnections;
  private final Queue<Held> held = new ConcurrentLinkedQueue<>();
  private final TransportListener listener;
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong total = new AtomicLong();
  private final List<Channel> listeners = new CopyOnWriteArrayList<>();
  private boolean accepting = true;
  private boolean closed;
  private volatile @Nullable Runnable onIdle;

  AcceptGate(int maxConnections, TransportListener listener) {
    this.maxConnections = maxConnections;
    this.listener = listener;
  }

  void addListener(Channel channel) {
    this.listeners.add(channel);
  }

  List<Channel> listeners() {
    return this.listeners;
  }

  int active() {
    return this.active.get();
  }

  long total() {
    return this.total.get();
  }

  synchronized boolean accepting() {
    return this.accepting;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    Channel child = (Channel) msg;
    int count = this.active.incrementAndGet();
    if (this.maxConnections > 0 && count > this.maxConnections) {
      this.active.decrementAndGet();
      if (this.held.size() < MAX_HELD && !isClosed()) {
        this.held.add(new Held(ctx, child));
        admitHeldIfRoom();
      } else {
        child.unsafe().closeForcibly();
        this.listener.requestRejected(RejectionReason.CONNECTION_LIMIT);
      }
      updateAccepting();
      return;
    }
    this.total.incrementAndGet();
    child.closeFuture().addListener(this);
    if (this.maxConnections > 0 && count >= this.maxConnections) {
      updateAccepting();
    }
    ctx.fireChannelRead(child);
  }

  /** A connection closed. */
  @Override
  public void operationComplete(ChannelFuture future) {
    int count = this.active.decrementAndGet();
    if (this.maxConnections > 0 && count == this.maxConnections - 1) {
      updateAccepting();
    }
    admitHeldIfRoom();
    Runnable idle = this.onIdle;
    if (count == 0 && idle != null) {
      idle.run();
    }
  }

  /** Stops accepting for good (shutdown); {@code onIdle} runs once no connection is left (maybe at once). */
  void close(Runnable onIdle) {
    synchronized (this) {
      this.closed = true;
      this.accepting = false;
    }
    for (Held waiting; (waiting = this.held.poll()) != null; ) {
      waiting.child().unsafe().closeForcibly();
    }
    this.onIdle = onIdle;
    if (this.active.get() == 0) {
      onIdle.run();
    }
  }

  /**
   * Hands a held connection back to its listener's loop once a slot is free; it goes through
   * {@link #channelRead} again there, so it is counted like any other (or held again if another took the slot).
   */
  private void admitHeldIfRoom() {
    if (this.active.get() >= this.maxConnections) {
      return;
    }
    Held next = this.held.poll();
    if (next == null) {
      return;
    }
    if (isClosed()) {
      next.child().unsafe().closeForcibly();
      return;
    }
    try {
      next.ctx().executor().execute(() -> channelRead(next.ctx(), next.child()));
    } catch (RejectedExecutionException ex) {
      next.child().unsafe().closeForcibly();
    }
  }

  private synchronized boolean isClosed() {
    return this.closed;
  }

  private synchronized void updateAccepting() {
    boolean accept = !this.closed && (this.maxConnections == 0 || this.active.get() < this.maxConnections);
    if (accept != this.accepting) {
      this.accepting = accept;
      for (Channel channel : this.listeners) {
        channel.config().setAutoRead(accept);
      }
    }
  }

  /** An accepted connection waiting for a slot, with the listener pipeline that accepted it. */
  private record Held(ChannelHandlerContext ctx, Channel child) {
  }
}
