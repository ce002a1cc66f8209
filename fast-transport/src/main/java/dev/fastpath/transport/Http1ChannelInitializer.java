package dev.fastpath.transport;

import dev.fastpath.http1.Http1RequestDecoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

/**
 * Builds each connection's pipeline: {@link ReadProgressTap} (read timeouts), our strict
 * {@link Http1RequestDecoder}, and the {@link Http1ConnectionHandler}. Responses are encoded by the
 * connection handler itself, so no encoder sits in the pipeline.
 */
@ChannelHandler.Sharable
final class Http1ChannelInitializer extends ChannelInitializer<Channel> {

  private final ServerContext server;

  Http1ChannelInitializer(ServerContext server) {
    this.server = server;
  }

  @Override
  protected void initChannel(Channel channel) {
    Http1ConnectionHandler connection = new Http1ConnectionHandler(this.server);
    channel.pipeline()
        .addLast("progress", new ReadProgressTap(connection))
        .addLast("decoder", new Http1RequestDecoder(this.server.decoderConfig,
            this.server.loop(channel.eventLoop()).scratch))
        .addLast("http1", connection);
  }
}
