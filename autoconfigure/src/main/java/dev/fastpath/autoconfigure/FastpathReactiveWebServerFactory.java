package dev.fastpath.autoconfigure;

import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.routing.Router;
import dev.fastpath.transport.ServerConfig;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerException;
import org.springframework.boot.web.server.reactive.AbstractReactiveWebServerFactory;
import org.springframework.http.server.reactive.HttpHandler;

/**
 * Creates the {@link FastpathWebServer}. Boot's {@code server.port}, {@code server.address} and
 * {@code server.shutdown} reach it through Boot's reactive web-server customizer; everything else is set by
 * the auto-configuration or by {@code WebServerFactoryCustomizer<FastpathReactiveWebServerFactory>} beans.
 *
 * <p>The {@link HttpHandler} Boot passes in is not used: requests are answered by the routes that the
 * {@linkplain #addRouteContributors route contributors} add when the server starts.
 *
 * @since 0.1
 */
public class FastpathReactiveWebServerFactory extends AbstractReactiveWebServerFactory {

  private final List<FastpathServerCustomizer> serverCustomizers = new ArrayList<>();
  private final List<FastpathRouteContributor> routeContributors = new ArrayList<>();
  private Supplier<? extends List<TransportListener>> transportListeners = List::of;
  private Supplier<@Nullable UnmatchedRequestHandler> unmatchedRequestHandler = () -> null;
  private Duration shutdownTimeout = Duration.ofSeconds(30);

  /** A factory that serves no routes until contributors are added. */
  public FastpathReactiveWebServerFactory() {}

  /** A factory that serves the routes of {@code router}, resolved when the server starts. */
  public FastpathReactiveWebServerFactory(Supplier<Router> router) {
    Objects.requireNonNull(router, "router");
    addRouteContributors(routes -> router.get().routes().forEach(routes::add));
  }

  /** Customizers applied in order to the engine configuration when the server is created. */
  public List<FastpathServerCustomizer> getServerCustomizers() {
    return this.serverCustomizers;
  }

  public void addServerCustomizers(FastpathServerCustomizer... customizers) {
    this.serverCustomizers.addAll(Arrays.asList(customizers));
  }

  /** Contributors asked in order for their routes when the server starts. */
  public List<FastpathRouteContributor> getRouteContributors() {
    return this.routeContributors;
  }

  public void addRouteContributors(FastpathRouteContributor... contributors) {
    this.routeContributors.addAll(Arrays.asList(contributors));
  }

  /** The listeners that receive the engine's events, resolved when the server starts (default none). */
  public void setTransportListeners(Supplier<? extends List<TransportListener>> transportListeners) {
    this.transportListeners = Objects.requireNonNull(transportListeners, "transportListeners");
  }

  /**
   * Answers requests no route matched, resolved when the server starts; {@code null} keeps the engine's
   * default (404, 405 with {@code Allow}, {@code OPTIONS}).
   */
  public void setUnmatchedRequestHandler(Supplier<@Nullable UnmatchedRequestHandler> unmatchedRequestHandler) {
    this.unmatchedRequestHandler = Objects.requireNonNull(unmatchedRequestHandler, "unmatchedRequestHandler");
  }

  /**
   * With {@code server.shutdown=graceful}: how long the engine lets in-flight requests finish before it
   * closes the rest (the auto-configuration sets {@code spring.lifecycle.timeout-per-shutdown-phase}).
   */
  public void setShutdownTimeout(Duration shutdownTimeout) {
    this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
  }

  public Duration getShutdownTimeout() {
    return this.shutdownTimeout;
  }

  @Override
  public WebServer getWebServer(HttpHandler httpHandler) {
    return new FastpathWebServer(serverConfig(), List.copyOf(this.routeContributors), this.transportListeners,
        this.unmatchedRequestHandler, getShutdown() == Shutdown.GRACEFUL ? this.shutdownTimeout : null);
  }

  /**
   * The engine configuration: Boot's port and address first, then the customizers (the properties mapper
   * among them).
   *
   * @throws WebServerException naming the invalid setting
   */
  ServerConfig serverConfig() {
    ServerConfig.Builder builder = ServerConfig.builder().port(getPort());
    InetAddress address = getAddress();
    builder.host(address != null ? address.getHostAddress() : "0.0.0.0");
    for (FastpathServerCustomizer customizer : this.serverCustomizers) {
      customizer.customize(builder);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException ex) {
      throw new WebServerException("Invalid Fastpath server configuration: " + ex.getMessage(), ex);
    }
  }
}
