package dev.fastpath.routing;

import dev.fastpath.http.HttpHandler;
import dev.fastpath.http.HttpMethod;
import java.util.Objects;

/**
 * One entry of the route table: a method and a path template bound to a handler.
 *
 * @param method the request method
 * @param template the path template, e.g. {@code /users/{id}}
 * @param handler what answers matching requests
 * @param executionMode where the handler runs
 * @since 0.1
 */
public record Route(HttpMethod method, String template, HttpHandler handler, ExecutionMode executionMode) {

  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(executionMode, "executionMode");
  }
}
