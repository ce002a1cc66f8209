package dev.fastpath.routing;

import dev.fastpath.http.HttpMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The route table, built once at start-up. This first version matches literal paths only.
 *
 * @since 0.1
 */
public final class Router {

  private final Map<String, EnumMap<HttpMethod, Route>> byPath;
  private final List<Route> routes;

  private Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
    this.byPath = new HashMap<>();
    for (Route route : routes) {
      Route previous = this.byPath.computeIfAbsent(route.template(), t -> new EnumMap<>(HttpMethod.class))
          .putIfAbsent(route.method(), route);
      if (previous != null) {
        throw new IllegalStateException("Conflicting routes for " + route.method() + " " + route.template()
            + ": " + previous.handler() + " and " + route.handler());
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every route, in registration order. */
  public List<Route> routes() {
    return this.routes;
  }

  /** Finds the route for {@code method} and the (still percent-encoded) {@code path}. */
  public RouteMatch match(HttpMethod method, String path) {
    EnumMap<HttpMethod, Route> methods = this.byPath.get(path);
    if (methods == null) {
      return new RouteMatch(null, Map.of(), "");
    }
    Route route = methods.get(method);
    if (route == null) {
      String allow = methods.keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
      return new RouteMatch(null, Map.of(), allow);
    }
    return new RouteMatch(route, Map.of(), "");
  }

  /** Collects routes; {@link #build()} fails on conflicting templates. */
  public static final class Builder {

    private final List<Route> routes = new ArrayList<>();

    private Builder() {}

    public Builder add(Route route) {
      this.routes.add(route);
      return this;
    }

    public Router build() {
      return new Router(this.routes);
    }
  }
}
