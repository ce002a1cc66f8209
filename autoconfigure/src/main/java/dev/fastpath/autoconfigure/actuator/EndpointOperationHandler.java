package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.http.HttpHandler;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.InvocationContext;
import org.springframework.boot.actuate.endpoint.OperationArgumentResolver;
import org.springframework.boot.actuate.endpoint.ProducibleOperationArgumentResolver;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebOperation;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one Actuator {@link WebOperation} for a request, the way Boot's WebFlux adapter does: path variables,
 * the remaining path segments of a {@code {*…}} selector, query parameters and (for writes) the members of
 * a JSON body become the invocation's arguments; a {@link WebEndpointResponse} gives status and content
 * type; no result is 404 for reads and 204 otherwise. Operations may block, so the route is offloaded to a
 * virtual thread; a reactive result is awaited there.
 *
 * <p>Security: there is no Spring Security integration yet, so operations see {@link SecurityContext#NONE}
 * (health details shown {@code when-authorized} are not shown).
 */
final class EndpointOperationHandler implements HttpHandler {

  private static final Logger logger = LoggerFactory.getLogger(EndpointOperationHandler.class);
  private static final TypeReference<Map<String, Object>> BODY = new TypeReference<>() {};

  private final WebOperation operation;
  private final WebServerNamespace namespace;
  private final EndpointResponseWriter writer;
  private final JsonMapper bodyMapper;
  private final boolean write;

  EndpointOperationHandler(WebOperation operation, WebServerNamespace namespace, EndpointResponseWriter writer,
      JsonMapper bodyMapper) {
    this.operation = operation;
    this.namespace = namespace;
    this.writer = writer;
    this.bodyMapper = bodyMapper;
    this.write = !operation.getRequestPredicate().getConsumes().isEmpty();
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response) throws Exception {
    MediaType negotiated = EndpointResponseWriter.negotiate(request, this.operation.getRequestPredicate().getProduces());
    if (negotiated == null) {
      this.writer.write(response, 406, null, null);
      return;
    }
    Map<String, Object> arguments;
    try {
      arguments = arguments(request);
    } catch (JacksonException ex) {
      this.writer.write(response, 400, problem(400, "Bad Request", "The request body is not a JSON object"),
          MediaType.APPLICATION_PROBLEM_JSON);
      return;
    }
    List<String> accept = request.headers().getAll("Accept");
    InvocationContext context = new InvocationContext(SecurityContext.NONE, arguments,
        OperationArgumentResolver.of(WebServerNamespace.class, () -> this.namespace),
        new ProducibleOperationArgumentResolver(() -> accept.isEmpty() ? null : accept));
    Object result;
    try {
      result = await(this.operation.invoke(context));
    } catch (InvalidEndpointRequestException ex) {
      this.writer.write(response, 400, problem(400, "Bad Request", ex.getReason()),
          MediaType.APPLICATION_PROBLEM_JSON);
      return;
    }
    respond(request, response, result, negotiated);
  }

  private void respond(HttpRequest request, HttpResponse response, @Nullable Object result, MediaType negotiated)
      throws Exception {
    if (result == null) {
      this.writer.write(response, "GET".equals(request.method().name()) ? 404 : 204, null, null);
    } else if (result instanceof WebEndpointResponse<?> webResponse) {
      this.writer.write(response, webResponse.getStatus(), webResponse.getBody(),
          webResponse.getContentType() != null ? webResponse.getContentType() : negotiated);
    } else {
      this.writer.write(response, 200, result, negotiated);
    }
  }

  private Map<String, Object> arguments(HttpRequest request) {
    Map<String, Object> arguments = new LinkedHashMap<>(request.pathVariables());
    String remaining = this.operation.getRequestPredicate().getMatchAllRemainingPathSegmentsVariable();
    if (remaining != null) {
      String value = request.pathVariable(remaining);
      arguments.put(remaining, StringUtils.tokenizeToStringArray(value != null ? value : "", "/", false, true));
    }
    if (this.write && request.body().length() > 0) {
      arguments.putAll(this.bodyMapper.readValue(request.body().toString(StandardCharsets.UTF_8), BODY));
    }
    request.queryParameters().forEach((name, values) -> arguments.put(name, values.size() != 1 ? values : values.getFirst()));
    return arguments;
  }

  /** Blocking is fine here: the route runs on a virtual thread. */
  private static @Nullable Object await(@Nullable Object result) {
    if (result instanceof Flux<?> flux) {
      return flux.collectList().block();
    }
    if (result instanceof Publisher<?> publisher) {
      return Mono.from(publisher).block();
    }
    return result;
  }

  /** An RFC 9457 problem document, as the engine's own error responses. */
  static Map<String, Object> problem(int status, String title, @Nullable String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    if (detail != null) {
      problem.put("detail", detail);
    }
    logger.debug("Actuator request answered {}: {}", status, detail);
    return problem;
  }

  @Override
  public String toString() {
    return "Actuator web endpoint '" + this.operation.getId() + "'";
  }
}
