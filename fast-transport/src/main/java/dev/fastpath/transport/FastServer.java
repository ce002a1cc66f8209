package dev.fastpath.transport;

import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.metrics.ServerMetrics;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.routing.Router;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * The engine for standalone use: binds, serves a {@link Router}'s routes, stops.
 *
 * <pre>{@code
 * Router router = Router.builder()
 *     .add(new Route(HttpMethod.GET, "/hello", (req, res) -> res.send("hi", UTF_8), ExecutionMode.EVENT_LOOP))
 *     .build();
 * try (FastServer server = FastServer.builder()
 *     .config(ServerConfig.builder().host("127.0.0.1").port(8080).build())
 *     .router(router)
 *     .start()) {
 *   // serving on server.port() until closed
 * }
 * }</pre>
 *
 * <p>Which engine serves is {@link ServerConfig#engine()}: Fastpath's own, or the Reactor Netty adapter
 * (found with {@link ServiceLoader}, see {@link TransportEngine}).
 *
 * @since 0.1
 */
public final class FastServer implements RunningServer {

  private final ServerConfig config;
  private final RunningServer running;

  private FastServer(ServerConfig config, RunningServer running) {
    this.config = config;
    this.running = running;
  }

  /** A builder: only the router is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts {@code router} with {@code config}, the default answers for unmatched requests and no
   * metrics listener; returns once every listener is bound.
   *
   * @throws ServerStartException when a listener cannot be bound (with a {@link java.net.BindException}
   *     cause when the address is in use)
   */
  public static FastServer start(ServerConfig config, Router router) throws InterruptedException {
    return builder().config(config).router(router).start();
  }

  /** The configuration this server was started with. */
  public ServerConfig config() {
    return this.config;
  }

  @Override
  public int port() {
    return this.running.port();
  }

  @Override
  public @Nullable UnixDomainSocketAddress unixSocketAddress() {
    return this.running.unixSocketAddress();
  }

  @Override
  public ServerMetrics metrics() {
    return this.running.metrics();
  }

  @Override
  public CompletionStage<Boolean> shutdownGracefully(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    return this.running.shutdownGracefully(timeout);
  }

  @Override
  public void close() {
    this.running.close();
  }

  /** The engine's server, for tests of engine internals. */
  RunningServer running() {
    return this.running;
  }

  /** The engine registered for {@code provider}. */
  static TransportEngine engine(TransportProvider provider) {
    if (provider == TransportProvider.FASTPATH) {
      return new FastpathTransportEngine();
    }
    try {
      for (TransportEngine engine : ServiceLoader.load(TransportEngine.class, FastServer.class.getClassLoader())) {
        if (engine.provider() == provider) {
          return engine;
        }
      }
    } catch (ServiceConfigurationError ex) {
      throw new ServerStartException("Cannot load the " + provider + " engine: " + ex.getMessage(), ex);
    }
    throw new ServerStartException("No engine for " + provider + " is available: it needs "
        + "io.projectreactor.netty:reactor-netty-http on the classpath", new ClassNotFoundException(provider.name()));
  }

  /** Collects what a server needs; {@link #start()} binds. */
  public static final class Builder {

    private ServerConfig config = ServerConfig.defaults();
    private @Nullable Router router;
    private UnmatchedRequestHandler unmatchedHandler = DefaultUnmatchedRequestHandler.INSTANCE;
    private TransportListener listener = TransportListener.NOOP;

    private Builder() {}

    /** The configuration (default: {@link ServerConfig#defaults()}). */
    public Builder config(ServerConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** The routes to serve (required). */
    public Builder router(Router router) {
      this.router = Objects.requireNonNull(router, "router");
      return this;
    }

    /** Answers requests no route matched (default: {@link DefaultUnmatchedRequestHandler}). */
    public Builder unmatchedHandler(UnmatchedRequestHandler unmatchedHandler) {
      this.unmatchedHandler = Objects.requireNonNull(unmatchedHandler, "unmatchedHandler");
      return this;
    }

    /** Receives connection and request events (default: {@link TransportListener#NOOP}). */
    public Builder listener(TransportListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Starts the configured engine and binds every listener.
     *
     * @throws IllegalStateException when no router was given
     * @throws ServerStartException when the engine cannot start or a listener cannot be bound
     */
    public FastServer start() throws InterruptedException {
      Router routes = this.router;
      if (routes == null) {
        throw new IllegalStateException("router is required");
      }
      ServerSetup setup = new ServerSetup(this.config, routes, this.unmatchedHandler, this.listener);
      return new FastServer(this.config, engine(this.config.engine()).start(setup));
    }
  }
}
