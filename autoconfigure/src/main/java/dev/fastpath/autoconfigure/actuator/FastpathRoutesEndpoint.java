package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.autoconfigure.FastpathWebServer;
import dev.fastpath.routing.Route;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * The {@code fastpath-routes} endpoint: every route the application's Fastpath server serves, with its
 * method, template, handler, execution mode and validator. The endpoint id is {@value #ID} (Boot warns
 * about dashes in ids); its web path is {@value #PATH}, and {@code exposure.include=fastpath-routes} selects
 * it, because Boot matches ids ignoring dashes and case.
 *
 * @since 0.1
 */
@Endpoint(id = FastpathRoutesEndpoint.ID)
public class FastpathRoutesEndpoint {

  /** The endpoint id. */
  public static final String ID = "fastpathRoutes";

  /** The endpoint's default web path under the Actuator base path. */
  public static final String PATH = "fastpath-routes";

  private final ApplicationContext context;
  private final Supplier<@Nullable FastpathRouteListing> listing;

  public FastpathRoutesEndpoint(ApplicationContext context, Supplier<@Nullable FastpathRouteListing> listing) {
    this.context = context;
    this.listing = listing;
  }

  @ReadOperation
  public RoutesDescriptor routes() {
    List<Route> routes = this.context instanceof WebServerApplicationContext web
        && web.getWebServer() instanceof FastpathWebServer server ? server.getRoutes() : List.of();
    FastpathRouteListing details = this.listing.get();
    return new RoutesDescriptor(routes.stream().map(route -> describe(route, details)).toList());
  }

  private static RouteDescriptor describe(Route route, @Nullable FastpathRouteListing details) {
    String handler = details != null ? details.handler(route.method(), route.template()) : null;
    return new RouteDescriptor(route.method().name(), route.template(),
        handler != null ? handler : route.handler().toString(), route.executionMode().name(),
        details != null ? details.validator(route.method(), route.template()) : null);
  }

  /**
   * The endpoint's response.
   *
   * @param routes every route, in registration order
   */
  public record RoutesDescriptor(List<RouteDescriptor> routes) implements OperationResponseBody {}

  /**
   * One route.
   *
   * @param method the request method
   * @param template the path template
   * @param handler what answers it
   * @param executionMode {@code EVENT_LOOP} or {@code OFFLOAD}
   * @param validator its body validator, or {@code null} for none
   */
  public record RouteDescriptor(String method, String template, String handler, String executionMode,
      @Nullable String validator) {}
}
