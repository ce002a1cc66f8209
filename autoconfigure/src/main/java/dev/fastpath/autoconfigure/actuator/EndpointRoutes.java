package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.autoconfigure.FastpathRouteContributor;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.ExposableEndpoint;
import org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver;
import org.springframework.boot.actuate.endpoint.web.EndpointMapping;
import org.springframework.boot.actuate.endpoint.web.EndpointMediaTypes;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.actuate.endpoint.web.Link;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.actuate.endpoint.web.WebOperation;
import org.springframework.boot.actuate.endpoint.web.WebOperationRequestPredicate;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adapts every exposed Actuator web operation to a Fastpath route, generically (the way Boot's
 * {@code AbstractWebFluxEndpointHandlerMapping} registers one handler mapping per operation), plus the
 * discovery page at the base path. Routes are built when the server starts, so every endpoint bean exists.
 */
final class EndpointRoutes implements FastpathRouteContributor {

  private final WebEndpointsSupplier endpoints;
  private final EndpointMediaTypes mediaTypes;
  private final String basePath;
  private final boolean linksPage;
  private final WebServerNamespace namespace;
  private final EndpointResponseWriter writer;
  private final JsonMapper bodyMapper;

  /**
   * @param basePath where the endpoints are mapped, e.g. {@code /actuator} ({@code ""} for the root)
   * @param linksPage whether to serve the discovery page at {@code basePath}
   */
  EndpointRoutes(WebEndpointsSupplier endpoints, EndpointMediaTypes mediaTypes, String basePath, boolean linksPage,
      WebServerNamespace namespace, EndpointResponseWriter writer, JsonMapper bodyMapper) {
    this.endpoints = endpoints;
    this.mediaTypes = mediaTypes;
    this.basePath = basePath;
    this.linksPage = linksPage;
    this.namespace = namespace;
    this.writer = writer;
    this.bodyMapper = bodyMapper;
  }

  @Override
  public void contributeRoutes(Router.Builder routes) {
    EndpointMapping mapping = new EndpointMapping(this.basePath);
    Collection<ExposableWebEndpoint> exposed = this.endpoints.getEndpoints();
    for (ExposableWebEndpoint endpoint : exposed) {
      for (WebOperation operation : endpoint.getOperations()) {
        WebOperationRequestPredicate predicate = operation.getRequestPredicate();
        String path = mapping.createSubPath(predicate.getPath());
        routes.add(new Route(HttpMethod.valueOf(predicate.getHttpMethod().name()), path.isEmpty() ? "/" : path,
            new EndpointOperationHandler(operation, this.namespace, this.writer, this.bodyMapper),
            ExecutionMode.OFFLOAD));
      }
    }
    if (this.linksPage) {
      String path = mapping.getPath();
      routes.add(new Route(HttpMethod.GET, path.isEmpty() ? "/" : path, links(new ArrayList<>(exposed), path),
          ExecutionMode.OFFLOAD));
    }
  }

  /** The discovery page: {@code {"_links": {...}}} with a link per endpoint and operation path. */
  private dev.fastpath.http.HttpHandler links(List<ExposableEndpoint<?>> exposed, String path) {
    EndpointLinksResolver resolver = new EndpointLinksResolver(exposed, path);
    return (request, response) -> {
      MediaType negotiated = EndpointResponseWriter.negotiate(request, this.mediaTypes.getProduced());
      if (negotiated == null) {
        this.writer.write(response, 406, null, null);
        return;
      }
      String host = request.headers().get("Host");
      String requestUrl = "http://" + (host != null ? host : "localhost") + request.path();
      Map<String, Map<String, Link>> body = Map.of("_links", resolver.resolveLinks(requestUrl));
      this.writer.write(response, 200, body, negotiated);
    };
  }
}
