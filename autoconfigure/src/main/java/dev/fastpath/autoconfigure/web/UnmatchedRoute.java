package dev.fastpath.autoconfigure.web;

import dev.fastpath.http.HttpHandler;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.routing.RouteMatch;
import dev.fastpath.routing.Router;
import java.util.EnumSet;
import java.util.Set;

/**
 * The handler of Fastpath's catch-all routes ({@code /**}, the least specific template, for every
 * method the controllers do not map there themselves). Spring MVC answers every unmapped path through
 * its static-resource handler (404, {@code NoResourceFoundException}) and every unmapped method of a
 * mapped path with a 405 or its {@code OPTIONS} answer; this handler asks the controller routes alone
 * which methods the path has and hands over to {@link UnmatchedRequests}. It works whatever the engine
 * does with unmatched requests itself.
 *
 * @since 0.1
 */
final class UnmatchedRoute implements HttpHandler {

  /** The catch-all template, in Spring {@code PathPattern} syntax. */
  static final String TEMPLATE = "/**";
  /** The methods the catch-all is registered for; HEAD falls back to GET in the router. */
  static final Set<HttpMethod> METHODS = EnumSet.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
      HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

  private final Router controllerRoutes;
  private final UnmatchedRequestHandler unmatched;

  UnmatchedRoute(Router controllerRoutes, UnmatchedRequestHandler unmatched) {
    this.controllerRoutes = controllerRoutes;
    this.unmatched = unmatched;
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response) throws Exception {
    RouteMatch match = new RouteMatch();
    this.controllerRoutes.find(request.method(), request.path(), match);
    Set<HttpMethod> allowed = switch (match.outcome()) {
      case METHOD_NOT_ALLOWED, OPTIONS -> match.allowedMethods();
      case NOT_FOUND, FOUND -> Set.of();
    };
    this.unmatched.handle(request, response, allowed);
  }
}
