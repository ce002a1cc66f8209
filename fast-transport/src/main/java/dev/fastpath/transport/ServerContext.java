package dev.fastpath.transport;

import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.http1.Http1DecoderConfig;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.routing.Router;
import io.netty.channel.EventLoop;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * What every connection of one running server shares: the routes, the handlers for unmatched requests,
 * the metrics listener, limits and timeouts as primitives, the bounded virtual-thread executor, and each
 * event loop's {@link LoopContext}. Immutable after start-up except the draining flag and the counters.
 */
final class ServerContext {

  final Router router;
  final UnmatchedRequestHandler unmatchedHandler;
  final TransportListener listener;
  /** False for {@link TransportListener#NOOP}: skips the clock reads that only metrics need. */
  final boolean listening;
  final ServerConfig config;
  final Http1DecoderConfig decoderConfig;
  final int maxInFlightPerConnection;
  final long headerReadNanos;
  final long idleNanos;
  final long bodyReadNanos;
  final Semaphore offloadPermits;
  final int maxConcurrency;
  private final Map<EventLoop, LoopContext> loops;
  private volatile boolean draining;

  ServerContext(ServerSetup setup, Map<EventLoop, LoopContext> loops) {
    this.config = setup.config();
    this.router = setup.router();
    this.unmatchedHandler = setup.unmatchedHandler();
    this.listening = setup.listener() != TransportListener.NOOP;
    this.listener = this.listening ? new GuardedListener(setup.listener()) : TransportListener.NOOP;
    LimitsConfig limits = this.config.limits();
    this.decoderConfig = Http1DecoderConfig.builder()
        .maxInitialLineLength(limits.maxInitialLineLength())
        .maxHeaderSize(limits.maxHeaderSize())
        .maxHeaderCount(limits.maxHeaderCount())
        .maxBodySize(limits.maxBodySize())
        .build();
    this.maxInFlightPerConnection = this.config.limits().maxInFlightPerConnection();
    this.headerReadNanos = this.config.timeouts().headerRead().toNanos();
    this.idleNanos = this.config.timeouts().idle().toNanos();
    this.bodyReadNanos = this.config.timeouts().bodyRead().toNanos();
    this.maxConcurrency = this.config.execution().maxConcurrency();
    this.offloadPermits = new Semaphore(this.maxConcurrency);
    this.loops = Map.copyOf(loops);
  }

  /** The tick of the loops' timeout checks: a tenth of the shortest timeout, within 10 ms..1 s; 0 for none. */
  static long tickNanos(TimeoutsConfig timeouts) {
    long shortest = Long.MAX_VALUE;
    for (java.time.Duration timeout : new java.time.Duration[] {timeouts.headerRead(), timeouts.idle(), timeouts.bodyRead()}) {
      if (!timeout.isZero()) {
        shortest = Math.min(shortest, timeout.toNanos());
      }
    }
    if (shortest == Long.MAX_VALUE) {
      return 0;
    }
    return Math.clamp(shortest / 10, 10_000_000L, 1_000_000_000L);
  }

  LoopContext loop(EventLoop loop) {
    LoopContext context = this.loops.get(loop);
    if (context == null) {
      throw new IllegalStateException("Connection registered on an event loop of another group: " + loop);
    }
    return context;
  }

  Iterable<LoopContext> loops() {
    return this.loops.values();
  }

  boolean draining() {
    return this.draining;
  }

  void startDraining() {
    this.draining = true;
  }
}
