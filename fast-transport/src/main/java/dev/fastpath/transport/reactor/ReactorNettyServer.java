package dev.fastpath.transport.reactor;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.ServerMetrics;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.transport.ProblemDetails;
import dev.fastpath.transport.RunningServer;
import dev.fastpath.transport.ServerConfig;
import dev.fastpath.transport.ServerSetup;
import dev.fastpath.transport.ServerStartException;
import dev.fastpath.transport.Transport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.AttributeKey;
import io.netty.util.NettyRuntime;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * Fastpath's routes and handlers on Reactor Netty's {@code HttpServer}. Reactor Netty brings its own codec
 * (Netty's {@code HttpServerCodec}), keep-alive, pipelining and graceful shutdown; this class maps the
 * settings it can onto it and adapts each request to Fastpath's handler API ({@link ReactorExchange}).
 *
 * <p>Differences from the Fastpath engine, by design of the escape hatch: one listener (no
 * {@code SO_REUSEPORT}); Netty's codec strictness; {@code headerRead} becomes Reactor Netty's read timeout
 * and {@code headerRead + bodyRead} its request timeout; connections over {@code maxConnections} are closed
 * at once instead of waiting in the backlog.
 */
final class ReactorNettyServer implements RunningServer {

  private static final Logger logger = LoggerFactory.getLogger(ReactorNettyServer.class);
  private static final AttributeKey<Long> OPENED = AttributeKey.valueOf("fastpath.opened");
  /** Requests served on a connection, for {@link TransportListener#connectionClosed}. */
  static final AttributeKey<AtomicLong> REQUESTS = AttributeKey.valueOf("fastpath.requests");
  /** Requests in progress on a connection: graceful shutdown closes only connections without one. */
  static final AttributeKey<AtomicLong> ACTIVE = AttributeKey.valueOf("fastpath.active");

  final ServerSetup setup;
  final TransportListener listener;
  final Semaphore offloadPermits;
  final ThreadFactory virtualThreads = Thread.ofVirtual().name("fastpath-reactor-handler-", 0).factory();
  final AtomicLong requestsInFlight = new AtomicLong();
  private final int maxBodySize;
  private final int maxConnections;
  private final AtomicInteger activeConnections = new AtomicInteger();
  private final AtomicLong totalConnections = new AtomicLong();
  private final LoopResources loops;
  private final int eventLoops;
  private final List<DisposableServer> servers = new ArrayList<>();
  private volatile boolean accepting = true;
  private volatile boolean draining;
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final CompletableFuture<Boolean> drained = new CompletableFuture<>();
  private @Nullable CompletableFuture<Boolean> shutdown;
  private int port = -1;
  private @Nullable Path unixSocket;

  private ReactorNettyServer(ServerSetup setup, LoopResources loops, int eventLoops) {
    this.setup = setup;
    this.listener = setup.listener();
    ServerConfig config = setup.config();
    this.offloadPermits = new Semaphore(config.execution().maxConcurrency());
    this.maxBodySize = config.limits().maxBodySize();
    this.maxConnections = config.limits().maxConnections();
    this.loops = loops;
    this.eventLoops = eventLoops;
  }

  static ReactorNettyServer start(ServerSetup setup) {
    ServerConfig config = setup.config();
    int eventLoops = config.io().eventLoops() > 0 ? config.io().eventLoops() : NettyRuntime.availableProcessors();
    LoopResources loops = LoopResources.create("fastpath-reactor", 1, eventLoops, true, false);
    ReactorNettyServer server = new ReactorNettyServer(setup, loops, eventLoops);
    try {
      server.bind(config);
      return server;
    } catch (RuntimeException ex) {
      server.servers.forEach(DisposableServer::disposeNow);
      loops.disposeLater(Duration.ZERO, Duration.ZERO).block();
      throw ex;
    }
  }

  private void bind(ServerConfig config) {
    boolean preferNative = config.io().transport() != Transport.NIO;
    HttpServer http = HttpServer.create()
        .runOn(this.loops, preferNative)
        .httpRequestDecoder(spec -> spec.maxInitialLineLength(config.limits().maxInitialLineLength())
            .maxHeaderSize(config.limits().maxHeaderSize()))
        .option(ChannelOption.SO_BACKLOG, config.io().backlog())
        .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
        .doOnChannelInit((observer, channel, remote) -> connectionOpened(channel))
        .handle(this::handle);
    Duration idle = config.timeouts().idle();
    if (!idle.isZero()) {
      http = http.idleTimeout(idle);
    }
    Duration headerRead = config.timeouts().headerRead();
    if (!headerRead.isZero()) {
      http = http.readTimeout(headerRead).requestTimeout(headerRead.plus(config.timeouts().bodyRead()));
    }
    if (config.bind().tcpEnabled()) {
      HttpServer tcp = http.host(config.bind().host()).port(config.bind().port())
          .childOption(ChannelOption.TCP_NODELAY, config.io().tcpNoDelay())
          .childOption(ChannelOption.SO_KEEPALIVE, config.io().soKeepAlive());
      if (config.io().receiveBufferSize() > 0) {
        tcp = tcp.childOption(ChannelOption.SO_RCVBUF, config.io().receiveBufferSize());
      }
      if (config.io().sendBufferSize() > 0) {
        tcp = tcp.childOption(ChannelOption.SO_SNDBUF, config.io().sendBufferSize());
      }
      DisposableServer bound = bindNow(tcp, config.bind().host() + ":" + config.bind().port());
      this.servers.add(bound);
      this.port = ((InetSocketAddress) bound.address()).getPort();
      logger.info("Fastpath (Reactor Netty engine) listening on {}:{}", config.bind().host(), this.port);
    }
    Path path = config.bind().unixSocket();
    if (path != null) {
      deleteStaleSocket(path);
      SocketAddress address = preferNative && LoopResources.hasNativeSupport()
          ? new DomainSocketAddress(path.toFile())
          : UnixDomainSocketAddress.of(path);
      this.servers.add(bindNow(http.bindAddress(() -> address), "unix:" + path));
      this.unixSocket = path;
      logger.info("Fastpath (Reactor Netty engine) listening on unix:{}", path);
    }
  }

  private static DisposableServer bindNow(HttpServer server, String where) {
    try {
      return server.bindNow();
    } catch (RuntimeException ex) {
      String message = "Cannot bind " + where + ": " + ex.getMessage();
      if (String.valueOf(ex.getMessage()).contains("Address already in use")
          || ex.getCause() instanceof BindException) {
        BindException bind = new BindException(message);
        bind.initCause(ex);
        throw new ServerStartException(message, bind);
      }
      throw new ServerStartException(message, ex);
    }
  }

  private static void deleteStaleSocket(Path path) {
    try {
      if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
        Files.delete(path);
      }
    } catch (java.io.IOException ex) {
      throw new ServerStartException("Cannot replace stale socket file " + path, ex);
    }
  }

  private void connectionOpened(Channel channel) {
    int count = this.activeConnections.incrementAndGet();
    channel.closeFuture().addListener(future -> connectionClosed(channel));
    if (!this.accepting || (this.maxConnections > 0 && count > this.maxConnections)) {
      this.listener.requestRejected(RejectionReason.CONNECTION_LIMIT);
      channel.close();
      return;
    }
    this.totalConnections.incrementAndGet();
    channel.attr(OPENED).set(System.nanoTime());
    channel.attr(REQUESTS).set(new AtomicLong());
    channel.attr(ACTIVE).set(new AtomicLong());
    this.channels.add(channel);
    this.listener.connectionOpened();
  }

  private void connectionClosed(Channel channel) {
    if (this.activeConnections.decrementAndGet() == 0 && this.draining) {
      this.drained.complete(true);
    }
    Long opened = channel.attr(OPENED).get();
    if (opened != null) {
      AtomicLong requests = channel.attr(REQUESTS).get();
      this.listener.connectionClosed(System.nanoTime() - opened, requests != null ? requests.get() : 0);
    }
  }

  /** One request: aggregate the body within the limit, then hand it to a {@link ReactorExchange}. */
  private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
    HttpMethod method = HttpMethod.of(request.method().name());
    if (method == null) {
      this.listener.requestRejected(RejectionReason.UNSUPPORTED);
      return problem(response, 501, "Unknown method");
    }
    long declared = declaredLength(request);
    if (declared > this.maxBodySize) {
      this.listener.requestRejected(RejectionReason.BODY_TOO_LARGE);
      return problem(response, 413, "The request body is larger than " + this.maxBodySize + " bytes");
    }
    long[] received = {0};
    Mono<ByteBuf> body = ByteBufFlux.fromInbound(request.receive().handle((chunk, sink) -> {
      received[0] += chunk.readableBytes();
      if (received[0] > this.maxBodySize) {
        sink.error(new BodyTooLargeException());
      } else {
        sink.next(chunk);
      }
    })).aggregate().retain().defaultIfEmpty(Unpooled.EMPTY_BUFFER);
    return body
        .flatMap(content -> ReactorExchange.serve(this, method, request, response, content)
            .doFinally(signal -> content.release()))
        .onErrorResume(BodyTooLargeException.class, ex -> {
          this.listener.requestRejected(RejectionReason.BODY_TOO_LARGE);
          return problem(response, 413, "The request body is larger than " + this.maxBodySize + " bytes");
        });
  }

  private static long declaredLength(HttpServerRequest request) {
    String length = request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
    try {
      return length != null ? Long.parseLong(length.trim()) : -1;
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  static Mono<Void> problem(HttpServerResponse response, int status, String detail) {
    byte[] body = ProblemDetails.body(status, detail);
    return response.status(status)
        .keepAlive(false)
        .header(HttpHeaderNames.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE)
        .header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(body.length))
        .sendByteArray(Mono.just(body))
        .then();
  }

  /** The body grew past {@code maxBodySize}. */
  private static final class BodyTooLargeException extends RuntimeException {
    BodyTooLargeException() {
      super(null, null, false, false);
    }
  }

  // ---- RunningServer

  @Override
  public int port() {
    return this.port;
  }

  @Override
  public @Nullable UnixDomainSocketAddress unixSocketAddress() {
    return this.unixSocket != null ? UnixDomainSocketAddress.of(this.unixSocket) : null;
  }

  @Override
  public ServerMetrics metrics() {
    return new Metrics();
  }

  /**
   * Closes the listeners, then every connection without a request in progress; a connection with one closes
   * after its response (which Reactor Netty then sends with {@code Connection: close}). Reactor Netty's own
   * {@code disposeNow} leaves idle keep-alive connections open until they time out, hence this.
   */
  @Override
  public synchronized CompletionStage<Boolean> shutdownGracefully(Duration timeout) {
    if (this.shutdown != null) {
      return this.shutdown;
    }
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    this.shutdown = result;
    this.accepting = false;
    this.draining = true;
    for (DisposableServer server : this.servers) {
      server.channel().close().awaitUninterruptibly(5, java.util.concurrent.TimeUnit.SECONDS);
    }
    for (Channel channel : this.channels) {
      AtomicLong active = channel.attr(ACTIVE).get();
      if (active == null || active.get() == 0) {
        channel.close();
      }
    }
    this.drained.completeOnTimeout(false, timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS)
        .thenAccept(graceful -> {
          this.channels.close();
          this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5))
              .doFinally(signal -> result.complete(graceful))
              .subscribe();
        });
    if (this.activeConnections.get() == 0) {
      this.drained.complete(true);
    }
    return result;
  }

  @Override
  public void close() {
    CompletionStage<Boolean> result = shutdownGracefully(Duration.ZERO);
    try {
      result.toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
      logger.debug("Shutdown did not complete", ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether responses should close their connection (graceful shutdown in progress). */
  boolean draining() {
    return this.draining;
  }

  /** Gauges over the counters and Reactor Netty's loops. */
  private final class Metrics implements ServerMetrics {

    @Override
    public long activeConnections() {
      return ReactorNettyServer.this.activeConnections.get();
    }

    @Override
    public long totalConnections() {
      return ReactorNettyServer.this.totalConnections.get();
    }

    @Override
    public long requestsInFlight() {
      return ReactorNettyServer.this.requestsInFlight.get();
    }

    @Override
    public long offloadedInFlight() {
      return ReactorNettyServer.this.setup.config().execution().maxConcurrency()
          - ReactorNettyServer.this.offloadPermits.availablePermits();
    }

    @Override
    public boolean accepting() {
      return ReactorNettyServer.this.accepting;
    }

    @Override
    public int eventLoops() {
      return ReactorNettyServer.this.eventLoops;
    }

    @Override
    public long pendingTasks() {
      long sum = 0;
      EventLoopGroup group = ReactorNettyServer.this.loops.onServer(LoopResources.hasNativeSupport());
      for (EventExecutor executor : group) {
        if (executor instanceof SingleThreadEventExecutor loop) {
          sum += loop.pendingTasks();
        }
      }
      return sum;
    }

    @Override
    public long usedDirectMemory() {
      return PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory();
    }

    @Override
    public long usedHeapMemory() {
      return PooledByteBufAllocator.DEFAULT.metric().usedHeapMemory();
    }
  }
}
