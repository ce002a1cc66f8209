package dev.fastpath.transport;

import dev.fastpath.metrics.ServerMetrics;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.NettyRuntime;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started Fastpath engine: one event-loop group, its listeners, and what the connections share.
 * Graceful shutdown closes the listeners, lets each connection finish what it has received (the last
 * response says {@code Connection: close}), closes idle ones, and releases the loops when every
 * connection is gone or the timeout has passed.
 */
final class FastpathRunningServer implements RunningServer {

  private static final Logger logger = LoggerFactory.getLogger(FastpathRunningServer.class);
  /** Pooled direct buffers with per-thread caches for every channel. */
  static final PooledByteBufAllocator ALLOCATOR = PooledByteBufAllocator.DEFAULT;
  /** One name for every handler thread: a numbered name would cost a string per request. */
  private static final String HANDLER_THREAD_NAME = "fastpath-handler";

  private final MultiThreadIoEventLoopGroup group;
  private final ServerContext server;
  private final AcceptGate gate;
  private final Listeners listeners;
  private final Metrics metrics = new Metrics();
  private @Nullable CompletableFuture<Boolean> shutdown;

  private FastpathRunningServer(MultiThreadIoEventLoopGroup group, ServerContext server, AcceptGate gate,
      Listeners listeners) {
    this.group = group;
    this.server = server;
    this.gate = gate;
    this.listeners = listeners;
  }

  static FastpathRunningServer start(ServerSetup setup) throws InterruptedException {
    ServerConfig config = setup.config();
    ResolvedTransport transport = ResolvedTransport.resolve(config.io().transport());
    int loops = config.io().eventLoops() > 0 ? config.io().eventLoops() : NettyRuntime.availableProcessors();
    MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(loops,
        new DefaultThreadFactory("fastpath-" + transport.displayName()), transport.ioHandlerFactory());
    try {
      long tick = ServerContext.tickNanos(config.timeouts());
      Map<EventLoop, LoopContext> contexts = new LinkedHashMap<>();
      boolean loopCarried = loopCarriedHandlers(config.execution());
      ThreadFactory jdkCarried = Thread.ofVirtual().name(HANDLER_THREAD_NAME).factory();
      for (EventExecutor executor : group) {
        EventLoop loop = (EventLoop) executor;
        ThreadFactory handlerThreads = loopCarried
            ? LoopCarriedVirtualThreads.factory(loop, HANDLER_THREAD_NAME) : jdkCarried;
        contexts.put(loop, new LoopContext(loop, tick, handlerThreads));
      }
      ServerContext server = new ServerContext(setup, contexts);
      contexts.values().forEach(LoopContext::start);
      AcceptGate gate = new AcceptGate(config.limits().maxConnections(), server.listener);
      Http1ChannelInitializer initializer = new Http1ChannelInitializer(server);
      Listeners listeners = Listeners.bind(config, transport, group, gate, initializer, initializer, ALLOCATOR);
      return new FastpathRunningServer(group, server, gate, listeners);
    } catch (RuntimeException | InterruptedException | Error ex) {
      group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      throw ex;
    }
  }

  /** Whether offloaded handlers run on loop-carried virtual threads; warns when asked for but unavailable. */
  private static boolean loopCarriedHandlers(ExecutionConfig execution) {
    if (execution.carrier() != VirtualThreadCarrier.EVENT_LOOP) {
      return false;
    }
    String unavailable = LoopCarriedVirtualThreads.unavailableReason();
    if (unavailable != null) {
      logger.warn("Offloaded handlers run on the JDK's virtual-thread scheduler, not on the event loops: start the "
          + "JVM with --add-opens java.base/java.lang=ALL-UNNAMED (or Add-Opens: java.base/java.lang in the jar "
          + "manifest), or set the carrier to JDK to silence this ({})", unavailable);
      return false;
    }
    return true;
  }

  @Override
  public int port() {
    return this.listeners.port();
  }

  @Override
  public @Nullable UnixDomainSocketAddress unixSocketAddress() {
    return this.listeners.unixSocketAddress();
  }

  /** Number of bound listening sockets (TCP and Unix-domain). */
  int listenerCount() {
    return this.listeners.channels().size();
  }

  @Override
  public ServerMetrics metrics() {
    return this.metrics;
  }

  @Override
  public synchronized CompletionStage<Boolean> shutdownGracefully(Duration timeout) {
    if (this.shutdown != null) {
      return this.shutdown;
    }
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    this.shutdown = result;
    closeListeners();
    this.server.startDraining();
    CompletableFuture<Boolean> drained = new CompletableFuture<>();
    this.gate.close(() -> drained.complete(true));
    for (LoopContext loop : this.server.loops()) {
      loop.loop().execute(() -> loop.forEachConnection(Http1ConnectionHandler::startDraining));
    }
    drained.completeOnTimeout(false, timeout.toNanos(), TimeUnit.NANOSECONDS)
        .thenAccept(graceful -> {
          if (!graceful) {
            logger.info("Graceful shutdown timed out after {}: closing {} connections", timeout, this.gate.active());
          }
          releaseLoops().addListener(done -> result.complete(graceful));
        });
    return result;
  }

  @Override
  public void close() {
    CompletableFuture<Boolean> result;
    synchronized (this) {
      result = this.shutdown;
      if (result == null) {
        result = new CompletableFuture<>();
        this.shutdown = result;
        closeListeners();
        this.gate.close(() -> {});
      }
    }
    io.netty.util.concurrent.Future<?> released = releaseLoops();
    if (!inOwnLoop()) {
      released.awaitUninterruptibly(10, TimeUnit.SECONDS);
    }
    result.complete(false);
  }

  private void closeListeners() {
    if (inOwnLoop()) {
      this.listeners.channels().forEach(channel -> channel.close());
    } else {
      this.listeners.close();
    }
  }

  private io.netty.util.concurrent.Future<?> releaseLoops() {
    for (LoopContext loop : this.server.loops()) {
      loop.stop();
    }
    return this.group.shutdownGracefully(0, 5, TimeUnit.SECONDS);
  }

  private boolean inOwnLoop() {
    for (EventExecutor executor : this.group) {
      if (executor.inEventLoop()) {
        return true;
      }
    }
    return false;
  }

  /** Reads the gauges from the gate, the loops and the allocator. */
  private final class Metrics implements ServerMetrics {

    @Override
    public long activeConnections() {
      return FastpathRunningServer.this.gate.active();
    }

    @Override
    public long totalConnections() {
      return FastpathRunningServer.this.gate.total();
    }

    @Override
    public long requestsInFlight() {
      long sum = 0;
      for (LoopContext loop : FastpathRunningServer.this.server.loops()) {
        sum += loop.requestsInFlight;
      }
      return Math.max(sum, 0);
    }

    @Override
    public long offloadedInFlight() {
      ServerContext context = FastpathRunningServer.this.server;
      return context.maxConcurrency - context.offloadPermits.availablePermits();
    }

    @Override
    public boolean accepting() {
      return FastpathRunningServer.this.gate.accepting();
    }

    @Override
    public int eventLoops() {
      return FastpathRunningServer.this.group.executorCount();
    }

    @Override
    public long pendingTasks() {
      long sum = 0;
      for (EventExecutor executor : FastpathRunningServer.this.group) {
        if (executor instanceof SingleThreadEventExecutor loop) {
          sum += loop.pendingTasks();
        }
      }
      return sum;
    }

    @Override
    public long usedDirectMemory() {
      return ALLOCATOR.metric().usedDirectMemory();
    }

    @Override
    public long usedHeapMemory() {
      return ALLOCATOR.metric().usedHeapMemory();
    }
  }
}
