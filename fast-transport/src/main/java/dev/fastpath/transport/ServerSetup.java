package dev.fastpath.transport;

import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.routing.Router;
import java.util.Objects;

/**
 * Everything a {@link TransportEngine} needs to start.
 *
 * @param config the configuration
 * @param router the routes to serve
 * @param unmatchedHandler answers requests no route matched (404, 405, {@code OPTIONS})
 * @param listener receives connection and request events
 * @since 0.1
 */
public record ServerSetup(
    ServerConfig config, Router router, UnmatchedRequestHandler unmatchedHandler, TransportListener listener) {

  public ServerSetup {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(router, "router");
    Objects.requireNonNull(unmatchedHandler, "unmatchedHandler");
    Objects.requireNonNull(listener, "listener");
  }
}
