package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.autoconfigure.web.ControllerRoutes;
import dev.fastpath.autoconfigure.web.RouteDescription;
import dev.fastpath.http.HttpMethod;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The controllers' route listing (handler method, validator) for the {@code fastpath-routes} endpoint. */
final class ControllerRouteListing implements FastpathRouteListing {

  private final ControllerRoutes controllers;
  private volatile @Nullable Map<String, RouteDescription> byRoute;

  ControllerRouteListing(ControllerRoutes controllers) {
    this.controllers = controllers;
  }

  @Override
  public @Nullable String handler(HttpMethod method, String template) {
    RouteDescription description = find(method, template);
    return description != null ? description.handler() : null;
  }

  @Override
  public @Nullable String validator(HttpMethod method, String template) {
    RouteDescription description = find(method, template);
    return description != null && !"-".equals(description.validator()) ? description.validator() : null;
  }

  private @Nullable RouteDescription find(HttpMethod method, String template) {
    Map<String, RouteDescription> index = this.byRoute;
    if (index == null) {
      index = new HashMap<>();
      for (RouteDescription description : this.controllers.routes()) {
        index.put(description.method() + " " + description.template(), description);
      }
      this.byRoute = index;
    }
    return index.get(method.name() + " " + template);
  }
}
