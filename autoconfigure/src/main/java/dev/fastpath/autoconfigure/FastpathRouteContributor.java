package dev.fastpath.autoconfigure;

import dev.fastpath.routing.Router;

/**
 * Adds routes to the Fastpath server's route table. The server asks every contributor when it starts,
 * after every singleton exists, so contributors may read beans that are created late (controllers,
 * Actuator endpoints). Two routes with the same method and an equivalent template fail start-up naming
 * both.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FastpathRouteContributor {

  /** Adds this contributor's routes to {@code routes}. */
  void contributeRoutes(Router.Builder routes);
}
