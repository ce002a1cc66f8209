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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Sits on every listener and counts connections as they are accepted, before they are registered: at
 * {@code maxConnections} it pauses accepting on all listeners (auto-read off, so new connections wait in
 * the kernel's backlog) and resumes when one closes. A connection that slips past the pause (another
 * listener accepted it concurrently) is closed at once and reported as
 * {@link RejectionReason#CONNECTION_LIMIT}.
 */
@ChannelHandler.Sharable
final class AcceptGate extends ChannelInboundHandlerAdapter implements ChannelFutureListener {

  private final int maxConnections;
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
      child.unsafe().closeForcibly();
      this.listener.requestRejected(RejectionReason.CONNECTION_LIMIT);
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
    this.onIdle = onIdle;
    if (this.active.get() == 0) {
      onIdle.run();
    }
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
}
