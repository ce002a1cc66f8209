package dev.fastpath.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.UnixChannelOption;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the listening sockets. With epoll or io_uring and {@code reusePort}, one TCP listener per event
 * loop, all bound to the same address with {@code SO_REUSEPORT}: the kernel spreads new connections over
 * them and each connection stays on the loop that accepted it (no hand-off). Otherwise one TCP listener
 * whose connections are spread over all loops. A Unix-domain socket listener comes on top when configured.
 */
final class Listeners {

  private static final Logger logger = LoggerFactory.getLogger(Listeners.class);
  /** S_IFMT and S_IFSOCK of stat(2): a stale socket file may be replaced, any other file may not. */
  private static final int FILE_TYPE_MASK = 0170000;
  private static final int SOCKET_TYPE = 0140000;

  private final List<Channel> channels = new ArrayList<>();
  private int port = -1;
  private @Nullable Path unixSocket;

  private Listeners() {}

  /**
   * Binds every listener; on failure closes what was bound and throws.
   *
   * @throws ServerStartException with a {@link BindException} cause when an address is in use
   */
  static Listeners bind(ServerConfig config, ResolvedTransport transport, EventLoopGroup group, AcceptGate gate,
      ChannelHandler tcpInitializer, ChannelHandler unixInitializer, ByteBufAllocator allocator)
      throws InterruptedException {
    Listeners listeners = new Listeners();
    try {
      if (config.bind().tcpEnabled()) {
        listeners.bindTcp(config, transport, group, gate, tcpInitializer, allocator);
      }
      Path unixSocket = config.bind().unixSocket();
      if (unixSocket != null) {
        listeners.bindUnix(unixSocket, transport, group, gate, unixInitializer, allocator);
      }
      return listeners;
    } catch (RuntimeException | InterruptedException ex) {
      listeners.close();
      throw ex;
    }
  }

  private void bindTcp(ServerConfig config, ResolvedTransport transport, EventLoopGroup group, AcceptGate gate,
      ChannelHandler initializer, ByteBufAllocator allocator) throws InterruptedException {
    IoConfig io = config.io();
    String host = config.bind().host();
    int requestedPort = config.bind().port();
    if (io.reusePort() && transport.reusePortCapable()) {
      for (EventExecutor executor : group) {
        EventLoop loop = (EventLoop) executor;
        ServerBootstrap bootstrap = tcpBootstrap(io, transport, gate, initializer, allocator).group(loop, loop)
            .option(UnixChannelOption.SO_REUSEPORT, true);
        // Port 0: the first listener picks the port, the others join it.
        int port = this.port >= 0 ? this.port : requestedPort;
        register(bind(bootstrap, new InetSocketAddress(host, port)), gate);
      }
      logger.info("Fastpath listening on {}:{} ({} SO_REUSEPORT listeners, {})", host, this.port,
          this.channels.size(), transport.displayName());
    } else {
      ServerBootstrap bootstrap = tcpBootstrap(io, transport, gate, initializer, allocator).group(group, group);
      register(bind(bootstrap, new InetSocketAddress(host, requestedPort)), gate);
      logger.info("Fastpath listening on {}:{} (one listener, {})", host, this.port, transport.displayName());
    }
  }

  private static ServerBootstrap tcpBootstrap(IoConfig io, ResolvedTransport transport, AcceptGate gate,
      ChannelHandler initializer, ByteBufAllocator allocator) {
    ServerBootstrap bootstrap = new ServerBootstrap()
        .channel(transport.serverChannel())
        .handler(gate)
        .childHandler(initializer)
        .option(ChannelOption.SO_BACKLOG, io.backlog())
        .option(ChannelOption.SO_REUSEADDR, true)
        .option(ChannelOption.ALLOCATOR, allocator)
        .childOption(ChannelOption.ALLOCATOR, allocator)
        // A client that shuts down its output after its requests still gets its responses.
        .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .childOption(ChannelOption.TCP_NODELAY, io.tcpNoDelay())
        .childOption(ChannelOption.SO_KEEPALIVE, io.soKeepAlive());
    if (io.receiveBufferSize() > 0) {
      bootstrap.childOption(ChannelOption.SO_RCVBUF, io.receiveBufferSize());
    }
    if (io.sendBufferSize() > 0) {
      bootstrap.childOption(ChannelOption.SO_SNDBUF, io.sendBufferSize());
    }
    return bootstrap;
  }

  private void bindUnix(Path path, ResolvedTransport transport, EventLoopGroup group, AcceptGate gate,
      ChannelHandler initializer, ByteBufAllocator allocator) throws InterruptedException {
    removeStaleSocket(path);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group, group)
        .channel(transport.domainServerChannel())
        .handler(gate)
        .childHandler(initializer)
        .option(ChannelOption.ALLOCATOR, allocator)
        .childOption(ChannelOption.ALLOCATOR, allocator)
        .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
    SocketAddress address = transport == ResolvedTransport.NIO
        ? UnixDomainSocketAddress.of(path)
        : new DomainSocketAddress(path.toFile());
    this.channels.add(bind(bootstrap, address));
    gate.addListener(this.channels.getLast());
    this.unixSocket = path;
    logger.info("Fastpath listening on unix:{} ({})", path, transport.displayName());
  }

  private void register(Channel channel, AcceptGate gate) {
    this.channels.add(channel);
    gate.addListener(channel);
    if (this.port < 0) {
      this.port = ((InetSocketAddress) channel.localAddress()).getPort();
    }
  }

  private static Channel bind(ServerBootstrap bootstrap, SocketAddress address) throws InterruptedException {
    ChannelFuture future = bootstrap.bind(address).await();
    if (!future.isSuccess()) {
      Throwable cause = future.cause();
      String message = "Cannot bind " + address + ": " + cause.getMessage();
      if (cause instanceof BindException
          || (cause.getMessage() != null && cause.getMessage().contains("Address already in use"))) {
        BindException bind = new BindException(message);
        bind.initCause(cause);
        throw new ServerStartException(message, bind);
      }
      throw new ServerStartException(message, cause);
    }
    return future.channel();
  }

  private static void removeStaleSocket(Path path) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      if ((mode & FILE_TYPE_MASK) != SOCKET_TYPE) {
        throw new ServerStartException("Cannot bind unix:" + path + ": a file that is not a socket exists there",
            new IOException("not a socket: " + path));
      }
      Files.delete(path);
    } catch (IOException | UnsupportedOperationException ex) {
      throw new ServerStartException("Cannot replace stale socket file " + path + ": " + ex.getMessage(), ex);
    }
  }

  List<Channel> channels() {
    return this.channels;
  }

  int port() {
    return this.port;
  }

  @Nullable UnixDomainSocketAddress unixSocketAddress() {
    return this.unixSocket != null ? UnixDomainSocketAddress.of(this.unixSocket) : null;
  }

  /** Closes every listener (new connections are refused from here on) and removes the socket file. */
  void close() {
    List<ChannelFuture> closing = new ArrayList<>();
    for (Channel channel : this.channels) {
      closing.add(channel.close());
    }
    for (ChannelFuture future : closing) {
      future.awaitUninterruptibly();
    }
    if (this.unixSocket != null) {
      try {
        Files.deleteIfExists(this.unixSocket);
      } catch (IOException ex) {
        logger.debug("Cannot remove socket file {}", this.unixSocket, ex);
      }
    }
  }
}
