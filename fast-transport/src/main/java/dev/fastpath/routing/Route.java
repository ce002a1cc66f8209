package dev.fastpath.routing;

import dev.fastpath.http.HttpHandler;
import dev.fastpath.http.HttpMethod;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the route table: a method and a path template bound to a handler.
 *
 * @param method the request method
 * @param template the path template in Spring {@code PathPattern} syntax, e.g. {@code /users/{id}};
 *     see {@link PathTemplate}
 * @param handler what answers matching requests
 * @param executionMode where the handler runs
 * @param description what registered the route, e.g. {@code UserController#get(long)}; used in
 *     start-up error messages, may be {@code null}
 * @since 0.1
 */
public record Route(HttpMethod method, String template, HttpHandler handler, ExecutionMode executionMode,
    @Nullable String description) {

  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(executionMode, "executionMode");
  }

  /** A route without a description. */
  public Route(HttpMethod method, String template, HttpHandler handler, ExecutionMode executionMode) {
    this(method, template, handler, executionMode, null);
  }

  /** {@code GET /users/{id}}, followed by the description in brackets when there is one. */
  @Override
  public String toString() {
    return this.method + " " + this.template + (this.description != null ? " [" + this.description + "]" : "");
  }
}
