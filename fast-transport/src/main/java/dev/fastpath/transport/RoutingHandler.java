package dev.fastpath.transport;

import dev.fastpath.http.HttpException;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.RouteMatch;
import dev.fastpath.routing.Router;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes each aggregated request to its handler, on the event loop or on a virtual thread. */
final class RoutingHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  private static final Logger logger = LoggerFactory.getLogger(RoutingHandler.class);
  private static final ExecutorService VIRTUAL = Executors.newVirtualThreadPerTaskExecutor();

  private final Router router;

  RoutingHandler(Router router) {
    super(false);
    this.router = router;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
    boolean keepAlive = HttpUtil.isKeepAlive(msg);
    HttpMethod method = HttpMethod.of(msg.method().name());
    NettyExchange exchange = new NettyExchange(ctx, msg, keepAlive);
    if (method == null) {
      exchange.response().status(501).send("Not Implemented", StandardCharsets.UTF_8);
      return;
    }
    RouteMatch match = new RouteMatch();
    try {
      this.router.find(method, exchange.request().path(), match);
    }
    catch (HttpException ex) {
      exchange.response().status(ex.status()).send();
      return;
    }
    switch (match.outcome()) {
      case NOT_FOUND -> exchange.response().status(404).send();
      case METHOD_NOT_ALLOWED -> exchange.response().status(405).setHeader("Allow", match.allowHeader()).send();
      case OPTIONS -> exchange.response().status(200).setHeader("Allow", match.allowHeader()).send();
      case FOUND -> { }
    }
    if (match.route() == null) {
      return;
    }
    exchange.request().routed(match);
    Runnable invoke = () -> invoke(exchange, match);
    if (match.route().executionMode() == ExecutionMode.OFFLOAD) {
      VIRTUAL.execute(invoke);
    } else {
      invoke.run();
    }
  }

  private static void invoke(NettyExchange exchange, RouteMatch match) {
    try {
      match.route().handler().handle(exchange.request(), exchange.response());
    } catch (HttpException ex) {
      if (!exchange.response().isCommitted()) {
        exchange.response().status(ex.status()).send(ex.safeMessage() ? ex.getMessage() : "", StandardCharsets.UTF_8);
      }
    } catch (Throwable ex) {
      logger.warn("Handler for {} failed", match.route().template(), ex);
      if (!exchange.response().isCommitted()) {
        exchange.response().status(500).send();
      }
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    logger.debug("Connection error, closing", cause);
    ctx.close();
  }
}
