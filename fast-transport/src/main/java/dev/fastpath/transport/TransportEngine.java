package dev.fastpath.transport;

/**
 * Service-provider interface of an engine that serves a {@link dev.fastpath.routing.Router} over sockets.
 * Fastpath's own engine is built in; others (the Reactor Netty adapter) are found with
 * {@link java.util.ServiceLoader} under {@code META-INF/services/dev.fastpath.transport.TransportEngine}
 * and chosen by {@link ServerConfig#engine()}.
 *
 * @since 0.1
 */
public interface TransportEngine {

  /** The {@link ServerConfig#engine()} value this engine answers to. */
  TransportProvider provider();

  /**
   * Binds every listener of {@code setup.config()} and starts serving; returns once all are bound.
   *
   * @throws ServerStartException when a listener cannot be bound or the engine cannot start (nothing is left
   *     running then)
   * @throws InterruptedException when interrupted while binding
   */
  RunningServer start(ServerSetup setup) throws InterruptedException;
}
