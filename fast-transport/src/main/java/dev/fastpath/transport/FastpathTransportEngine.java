package dev.fastpath.transport;

/**
 * Fastpath's own engine ({@link TransportProvider#FASTPATH}): Netty event loops with io_uring, epoll or
 * NIO, {@code SO_REUSEPORT} multi-loop accept, our HTTP/1.1 codec, pipelining, limits, timeouts and
 * graceful shutdown.
 *
 * @since 0.1
 */
public final class FastpathTransportEngine implements TransportEngine {

  @Override
  public TransportProvider provider() {
    return TransportProvider.FASTPATH;
  }

  @Override
  public RunningServer start(ServerSetup setup) throws InterruptedException {
    return FastpathRunningServer.start(setup);
  }
}
