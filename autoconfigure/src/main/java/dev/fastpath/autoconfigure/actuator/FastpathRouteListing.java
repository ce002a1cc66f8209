package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.http.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * What the route compiler knows about its routes beyond the route table: the {@code fastpath-routes}
 * endpoint asks a bean of this type, when there is one, for each route's handler method and validator.
 *
 * @since 0.1
 */
public interface FastpathRouteListing {

  /** The handler method of the route, e.g. {@code UserController#get(long)}, or {@code null} if unknown. */
  @Nullable String handler(HttpMethod method, String template);

  /** A description of the route's body validator, e.g. {@code UserRequest (simdjson)}, or {@code null}. */
  @Nullable String validator(HttpMethod method, String template);
}
