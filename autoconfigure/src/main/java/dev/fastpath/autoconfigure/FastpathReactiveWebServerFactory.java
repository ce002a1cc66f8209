package dev.fastpath.autoconfigure;

import dev.fastpath.routing.Router;
import dev.fastpath.transport.ServerConfig;
import java.net.InetAddress;
import java.util.function.Supplier;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.reactive.AbstractReactiveWebServerFactory;
import org.springframework.http.server.reactive.HttpHandler;

/**
 * Creates the {@link FastpathWebServer}. {@code server.port} and {@code server.address} reach it through
 * Boot's reactive web-server customizer.
 *
 * @since 0.1
 */
public class FastpathReactiveWebServerFactory extends AbstractReactiveWebServerFactory {

  private final Supplier<Router> router;

  public FastpathReactiveWebServerFactory(Supplier<Router> router) {
    this.router = router;
  }

  @Override
  public WebServer getWebServer(HttpHandler httpHandler) {
    InetAddress address = getAddress();
    String host = address != null ? address.getHostAddress() : "0.0.0.0";
    return new FastpathWebServer(new ServerConfig(host, getPort()), this.router);
  }
}
