package dev.fastpath.transport;

/**
 * Which engine serves the router: Fastpath's own HTTP/1.1 engine, or the thin adapter over Reactor
 * Netty's {@code HttpServer} (an escape hatch that needs {@code io.projectreactor.netty:reactor-netty-http}
 * on the classpath).
 *
 * @since 0.1
 */
public enum TransportProvider {
  /** Fastpath's engine: own strict codec, {@code SO_REUSEPORT} multi-loop accept, pipelining. */
  FASTPATH,
  /** Reactor Netty's {@code HttpServer} with Netty's HTTP codec, serving the same routes and handlers. */
  REACTOR_NETTY
}
