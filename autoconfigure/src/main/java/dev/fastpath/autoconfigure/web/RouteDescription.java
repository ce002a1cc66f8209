package dev.fastpath.autoconfigure.web;

import dev.fastpath.routing.ExecutionMode;

/**
 * One line of the route listing: what the Actuator endpoint and the start-up log show.
 *
 * @param method the HTTP method
 * @param template the path template
 * @param handler {@code com.example.Controller#method(Type)}; several joined by {@code " | "} when
 *     conditions select among them
 * @param executionMode where the handler runs
 * @param validator the request-body validator, or {@code "-"}
 * @since 0.1
 */
public record RouteDescription(String method, String template, String handler, ExecutionMode executionMode,
    String validator) {

  @Override
  public String toString() {
    return this.method + " " + this.template + " -> " + this.handler + " [" + this.executionMode + ", validator "
        + this.validator + "]";
  }
}
