package dev.fastpath.autoconfigure;

import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.metrics.ServerMetrics;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import dev.fastpath.transport.FastServer;
import dev.fastpath.transport.ServerConfig;
import java.net.BindException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.GracefulShutdownCallback;
import org.springframework.boot.web.server.GracefulShutdownResult;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerException;

/**
 * Boot's view of the Fastpath engine. Routes, listeners and the unmatched-request handler are resolved on
 * {@link #start()}, after every singleton (so every controller and endpoint) exists.
 *
 * <p>Shutdown: with a graceful timeout (Boot's {@code server.shutdown=graceful}),
 * {@link #shutDownGracefully} stops accepting at once, lets requests already received complete and reports
 * to Boot when all connections are closed or the timeout has passed; {@link #stop()} then closes whatever
 * is left.
 *
 * @since 0.1
 */
public final class FastpathWebServer implements WebServer {

  private static final Logger logger = LoggerFactory.getLogger(FastpathWebServer.class);

  private final ServerConfig config;
  private final List<FastpathRouteContributor> routeContributors;
  private final Supplier<? extends List<TransportListener>> listeners;
  private final Supplier<@Nullable UnmatchedRequestHandler> unmatchedHandler;
  private final @Nullable Duration gracefulTimeout;
  private @Nullable FastServer server;
  private List<Route> routes = List.of();

  FastpathWebServer(ServerConfig config, List<FastpathRouteContributor> routeContributors,
      Supplier<? extends List<TransportListener>> listeners,
      Supplier<@Nullable UnmatchedRequestHandler> unmatchedHandler, @Nullable Duration gracefulTimeout) {
    this.config = config;
    this.routeContributors = routeContributors;
    this.listeners = listeners;
    this.unmatchedHandler = unmatchedHandler;
    this.gracefulTimeout = gracefulTimeout;
  }

  @Override
  public synchronized void start() throws WebServerException {
    if (this.server != null) {
      return;
    }
    Router.Builder builder = Router.builder();
    this.routeContributors.forEach(contributor -> contributor.contributeRoutes(builder));
    Router router = builder.build();
    FastServer.Builder server = FastServer.builder().config(this.config).router(router)
        .listener(CompositeTransportListener.of(this.listeners.get()));
    UnmatchedRequestHandler unmatched = this.unmatchedHandler.get();
    if (unmatched != null) {
      server.unmatchedHandler(unmatched);
    }
    try {
      this.server = server.start();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new WebServerException("Interrupted while starting Fastpath", ex);
    } catch (RuntimeException ex) {
      if (ex.getCause() instanceof BindException) {
        throw new PortInUseException(this.config.port(), ex);
      }
      throw new WebServerException("Unable to start Fastpath: " + ex.getMessage(), ex);
    }
    this.routes = router.routes();
    logger.info("Fastpath started on {} with {} routes", describe(this.server), this.routes.size());
  }

  private String describe(FastServer started) {
    String tcp = started.port() >= 0 ? this.config.host() + ":" + started.port() + " (http)" : "";
    var unix = started.unixSocketAddress();
    return unix == null ? tcp : tcp + (tcp.isEmpty() ? "" : " and ") + unix.getPath() + " (unix)";
  }

  @Override
  public void shutDownGracefully(GracefulShutdownCallback callback) {
    FastServer running;
    synchronized (this) {
      running = this.server;
    }
    if (this.gracefulTimeout == null || running == null) {
      callback.shutdownComplete(GracefulShutdownResult.IMMEDIATE);
      return;
    }
    logger.info("Commencing graceful shutdown. Waiting for active requests to complete");
    running.shutdownGracefully(this.gracefulTimeout).whenComplete((idle, failure) -> {
      boolean complete = failure == null && Boolean.TRUE.equals(idle);
      logger.info(complete ? "Graceful shutdown complete" : "Graceful shutdown aborted with one or more requests still active");
      callback.shutdownComplete(complete ? GracefulShutdownResult.IDLE : GracefulShutdownResult.REQUESTS_ACTIVE);
    });
  }

  @Override
  public synchronized void stop() throws WebServerException {
    FastServer running = this.server;
    if (running != null) {
      this.server = null;
      running.close();
    }
  }

  /** The bound TCP port, or -1 when the server is not running or listens on a Unix-domain socket only. */
  @Override
  public synchronized int getPort() {
    return this.server != null ? this.server.port() : -1;
  }

  /** The engine configuration this server starts (or started) with. */
  public ServerConfig getServerConfig() {
    return this.config;
  }

  /** The routes being served, in registration order; empty before {@link #start()}. */
  public synchronized List<Route> getRoutes() {
    return this.routes;
  }

  /** Live gauges of the running engine, or {@code null} when it is not running. */
  public synchronized @Nullable ServerMetrics getMetrics() {
    return this.server != null ? this.server.metrics() : null;
  }
}
