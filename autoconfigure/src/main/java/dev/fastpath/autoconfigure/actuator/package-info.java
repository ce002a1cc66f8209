/**
 * Actuator on the Fastpath server: every exposed web endpoint operation adapted generically to a route
 * (as Boot's WebFlux and Jersey adapters do), the discovery page, a separate management listener for
 * {@code management.server.port}, and the {@code fastpath-routes} endpoint.
 */
@NullMarked
package dev.fastpath.autoconfigure.actuator;

import org.jspecify.annotations.NullMarked;
