package dev.fastpath.transport;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.metrics.RejectionReason;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * Builds each connection's pipeline: a tap that sees raw reads (for the header timeout), the HTTP/1.1
 * decoder, and the {@link Http1ConnectionHandler}. TEMPORARY: Netty's codec and aggregator stand in for
 * our codec until it lands.
 */
@ChannelHandler.Sharable
final class Http1ChannelInitializer extends ChannelInitializer<Channel> {

  private final ServerContext server;

  Http1ChannelInitializer(ServerContext server) {
    this.server = server;
  }

  @Override
  protected void initChannel(Channel channel) {
    LimitsConfig limits = this.server.config.limits();
    Http1ConnectionHandler connection = new Http1ConnectionHandler(this.server);
    channel.pipeline()
        .addLast("tap", new ReadTap(connection))
        .addLast("codec", new HttpServerCodec(limits.maxInitialLineLength(), limits.maxHeaderSize(), 8192))
        .addLast("head", new HeadSignal(connection))
        .addLast("aggregator", new HttpObjectAggregator(limits.maxBodySize()))
        .addLast("adapter", new Adapter())
        .addLast("http1", connection);
  }

  /** Tells the connection that bytes arrived, before the decoder consumes them. */
  static final class ReadTap extends ChannelInboundHandlerAdapter {

    private final Http1ConnectionHandler connection;

    ReadTap(Http1ConnectionHandler connection) {
      this.connection = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      this.connection.bytesRead();
      ctx.fireChannelRead(msg);
    }
  }

  /** TEMPORARY: tells the connection that a request head is complete. */
  static final class HeadSignal extends ChannelInboundHandlerAdapter {

    private final Http1ConnectionHandler connection;

    HeadSignal(Http1ConnectionHandler connection) {
      this.connection = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof HttpRequest && !(msg instanceof FullHttpRequest)) {
        this.connection.headComplete();
      }
      ctx.fireChannelRead(msg);
    }
  }

  /** TEMPORARY: turns Netty's aggregated request into what the connection handler takes. */
  static final class Adapter extends ChannelInboundHandlerAdapter {

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (!(msg instanceof FullHttpRequest request)) {
        ctx.fireChannelRead(msg);
        return;
      }
      if (request.decoderResult().isFailure()) {
        Throwable cause = request.decoderResult().cause();
        request.release();
        ctx.fireChannelRead(failure(cause));
        return;
      }
      HttpMethod method = HttpMethod.of(request.method().name());
      if (method == null) {
        request.release();
        ctx.fireChannelRead(new PendingFailure(501, "Unknown method", RejectionReason.UNSUPPORTED));
        return;
      }
      ctx.fireChannelRead(new NettyCodecRequest(request, method));
    }

    private static PendingFailure failure(Throwable cause) {
      if (cause instanceof TooLongHttpLineException) {
        return new PendingFailure(414, "The request line is too long", RejectionReason.URI_TOO_LONG);
      }
      if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
        return new PendingFailure(431, "The request header section is too large", RejectionReason.HEADERS_TOO_LARGE);
      }
      return new PendingFailure(400, "The request is malformed", RejectionReason.MALFORMED);
    }
  }
}
