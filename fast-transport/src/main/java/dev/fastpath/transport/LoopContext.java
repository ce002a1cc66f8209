package dev.fastpath.transport;

import dev.fastpath.http1.Http1ResponseEncoder;
import dev.fastpath.http1.Http1ScratchPool;
import dev.fastpath.http1.HttpDateCache;
import io.netty.channel.EventLoop;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What one event loop keeps for its connections: the list of open connections, the response writer with
 * its per-loop {@code Date} cache, a coarse clock, and one periodic task that checks every connection's
 * timeouts. One scheduled task per loop instead of a timer
 * per connection or request: a request only stores a clock value, which costs nothing.
 *
 * <p>Confined to its loop, except the counters, which gauges read racily from other threads.
 */
final class LoopContext implements Runnable {

  private final EventLoop loop;
  private final long tickNanos;
  /** One per loop: the encoder formats the {@code Date} header from this loop's cache. */
  final Http1ResponseWriter writer = new Http1ResponseWriter(new Http1ResponseEncoder(new HttpDateCache()));
  private @Nullable Http1ConnectionHandler first;
  private @Nullable ScheduledFuture<?> tick;

  /** The loop's clock, advanced once per tick: timeouts are exact to one tick. */
  private long now;

  /** The parse scratch this loop's decoders share while a request is partly parsed. */
  final Http1ScratchPool scratch = new Http1ScratchPool();

  /** Virtual threads for offloaded handlers: carried by this loop, or by the JDK's scheduler. */
  final ThreadFactory handlerThreads;

  /** Requests received on this loop and not yet answered; written on the loop, read racily by gauges. */
  long requestsInFlight;

  LoopContext(EventLoop loop, long tickNanos, ThreadFactory handlerThreads) {
    this.loop = loop;
    this.handlerThreads = handlerThreads;
    this.tickNanos = tickNanos;
    this.now = System.nanoTime();
  }

  EventLoop loop() {
    return this.loop;
  }

  /** Starts the periodic timeout check; a {@code tickNanos} of 0 means no timeouts. */
  void start() {
    if (this.tickNanos > 0) {
      this.tick = this.loop.scheduleAtFixedRate(this, this.tickNanos, this.tickNanos, TimeUnit.NANOSECONDS);
    }
  }

  void stop() {
    ScheduledFuture<?> scheduled = this.tick;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }

  long now() {
    return this.now;
  }

  void register(Http1ConnectionHandler connection) {
    assert this.loop.inEventLoop();
    connection.nextOnLoop = this.first;
    connection.previousOnLoop = null;
    if (this.first != null) {
      this.first.previousOnLoop = connection;
    }
    this.first = connection;
  }

  void unregister(Http1ConnectionHandler connection) {
    assert this.loop.inEventLoop();
    Http1ConnectionHandler previous = connection.previousOnLoop;
    Http1ConnectionHandler next = connection.nextOnLoop;
    if (previous != null) {
      previous.nextOnLoop = next;
    } else if (this.first == connection) {
      this.first = next;
    }
    if (next != null) {
      next.previousOnLoop = previous;
    }
    connection.previousOnLoop = null;
    connection.nextOnLoop = null;
  }

  /** Visits every connection of this loop; the visitor may close (and so unregister) the one it gets. */
  void forEachConnection(Consumer<Http1ConnectionHandler> visitor) {
    assert this.loop.inEventLoop();
    Http1ConnectionHandler connection = this.first;
    while (connection != null) {
      Http1ConnectionHandler next = connection.nextOnLoop;
      visitor.accept(connection);
      connection = next;
    }
  }

  /** The tick: advance the clock and check every connection's timeouts. */
  @Override
  public void run() {
    long time = System.nanoTime();
    this.now = time;
    Http1ConnectionHandler connection = this.first;
    while (connection != null) {
      Http1ConnectionHandler next = connection.nextOnLoop;
      connection.checkTimeouts(time);
      connection = next;
    }
  }
}
