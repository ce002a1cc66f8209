package dev.fastpath.autoconfigure.web;

import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.routing.Router;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's controllers compiled into Fastpath routes. Compiled once, on first use — the web
 * server asks when it starts, after every singleton exists — and then fixed. Exposes the router, the
 * answer to unmatched requests, and the route listing (method, template, handler, execution mode,
 * validator) for logs and the Actuator endpoint.
 *
 * @since 0.1
 */
public final class ControllerRoutes {

  private final Supplier<Compiled> compiler;
  private volatile @Nullable Compiled compiled;

  ControllerRoutes(Supplier<Compiled> compiler) {
    this.compiler = compiler;
  }

  /** The routes for the engine; compiles the controllers on first call. */
  public Router router() {
    return compiled().router();
  }

  /** How requests that match no route are answered (404, 405, OPTIONS) the way Spring MVC answers them. */
  public UnmatchedRequestHandler unmatchedRequestHandler() {
    return compiled().unmatched();
  }

  /** The route listing, in registration order. */
  public List<RouteDescription> routes() {
    return compiled().routes();
  }

  private Compiled compiled() {
    Compiled result = this.compiled;
    if (result == null) {
      synchronized (this) {
        result = this.compiled;
        if (result == null) {
          result = this.compiler.get();
          this.compiled = result;
        }
      }
    }
    return result;
  }

  /** The outcome of compilation. */
  record Compiled(Router router, UnmatchedRequestHandler unmatched, List<RouteDescription> routes) {}
}
