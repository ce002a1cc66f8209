package dev.fastpath.autoconfigure;

import dev.fastpath.http.HttpMethod;

/**
 * Told when a request body fails its route's precompiled validation (the request is answered 400). The
 * route compiler looks up the beans of this type ({@code ObjectProvider.orderedStream()}) and calls each;
 * the metrics auto-configuration provides one that counts {@code fastpath.validation.failures}.
 *
 * <p>Called on the thread that validated (an event loop or a virtual thread): must be thread-safe and cheap,
 * and must not block.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FastpathValidationListener {

  /**
   * A body was rejected.
   *
   * @param method the request method
   * @param routeTemplate the template of the route, e.g. {@code /users/{id}}
   * @param violations how many violations were reported (at least 1)
   */
  void validationFailed(HttpMethod method, String routeTemplate, int violations);
}
