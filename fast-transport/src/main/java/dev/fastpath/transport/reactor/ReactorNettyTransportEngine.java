package dev.fastpath.transport.reactor;

import dev.fastpath.transport.RunningServer;
import dev.fastpath.transport.ServerSetup;
import dev.fastpath.transport.ServerStartException;
import dev.fastpath.transport.TransportEngine;
import dev.fastpath.transport.TransportProvider;

/**
 * The {@link TransportProvider#REACTOR_NETTY} engine, found by {@link java.util.ServiceLoader}. This class
 * refers to no Reactor type, so it loads even when Reactor Netty is missing and then fails with a clear
 * message on {@link #start}.
 *
 * @since 0.1
 */
public final class ReactorNettyTransportEngine implements TransportEngine {

  @Override
  public TransportProvider provider() {
    return TransportProvider.REACTOR_NETTY;
  }

  @Override
  public RunningServer start(ServerSetup setup) throws InterruptedException {
    try {
      Class.forName("reactor.netty.http.server.HttpServer", false, getClass().getClassLoader());
    } catch (ClassNotFoundException ex) {
      throw new ServerStartException("The REACTOR_NETTY engine needs io.projectreactor.netty:reactor-netty-http "
          + "on the classpath", ex);
    }
    return ReactorNettyServer.start(setup);
  }
}
