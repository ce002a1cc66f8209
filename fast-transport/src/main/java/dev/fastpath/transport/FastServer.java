package dev.fastpath.transport;

import dev.fastpath.routing.Router;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The engine for standalone use: binds, serves the router's routes, stops.
 *
 * <pre>{@code
 * Router router = Router.builder()
 *     .add(new Route(HttpMethod.GET, "/hello", (req, res) -> res.send("hi", UTF_8), ExecutionMode.EVENT_LOOP))
 *     .build();
 * FastServer server = FastServer.start(new ServerConfig("127.0.0.1", 8080), router);
 * }</pre>
 *
 * @since 0.1
 */
public final class FastServer implements AutoCloseable {

  private final EventLoopGroup group;
  private final Channel listener;

  private FastServer(EventLoopGroup group, Channel listener) {
    this.group = group;
    this.listener = listener;
  }

  /** Binds and starts serving; returns once the listener is bound. */
  public static FastServer start(ServerConfig config, Router router) throws InterruptedException {
    Objects.requireNonNull(router, "router");
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    try {
      Channel listener = new ServerBootstrap()
          .group(group)
          .channel(NioServerSocketChannel.class)
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
              ch.pipeline()
                  .addLast(new HttpServerCodec())
                  .addLast(new HttpObjectAggregator(1024 * 1024))
                  .addLast(new RoutingHandler(router));
            }
          })
          .bind(config.host(), config.port())
          .sync()
          .channel();
      return new FastServer(group, listener);
    } catch (RuntimeException | InterruptedException ex) {
      group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      throw ex;
    }
  }

  /** The bound port (useful when the configured port was 0). */
  public int port() {
    return ((InetSocketAddress) this.listener.localAddress()).getPort();
  }

  /** Closes the listener and all connections. */
  @Override
  public void close() {
    this.listener.close().syncUninterruptibly();
    this.group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
