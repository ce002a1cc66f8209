package dev.fastpath.autoconfigure;

import dev.fastpath.routing.Router;
import dev.fastpath.transport.FastServer;
import dev.fastpath.transport.ServerConfig;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerException;

/**
 * Boot's view of the Fastpath engine. The router is resolved on {@link #start()}, after every
 * singleton (so every controller) exists.
 *
 * @since 0.1
 */
public final class FastpathWebServer implements WebServer {

  private final ServerConfig config;
  private final Supplier<Router> router;
  private @Nullable FastServer server;

  FastpathWebServer(ServerConfig config, Supplier<Router> router) {
    this.config = config;
    this.router = router;
  }

  @Override
  public synchronized void start() throws WebServerException {
    if (this.server != null) {
      return;
    }
    try {
      this.server = FastServer.start(this.config, this.router.get());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new WebServerException("Interrupted while starting Fastpath", ex);
    } catch (RuntimeException ex) {
      if (ex.getCause() instanceof java.net.BindException) {
        throw new PortInUseException(this.config.port(), ex);
      }
      throw ex;
    }
  }

  @Override
  public synchronized void stop() throws WebServerException {
    if (this.server != null) {
      this.server.close();
      this.server = null;
    }
  }

  @Override
  public synchronized int getPort() {
    return this.server != null ? this.server.port() : -1;
  }
}
