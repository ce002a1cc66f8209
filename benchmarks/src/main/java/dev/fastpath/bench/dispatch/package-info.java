/**
 * Route + bind + invoke + write overhead of a controller call: Fastpath's compiled routes against Spring
 * MVC's {@code DispatcherServlet}, both driven in memory without a network.
 */
@NullMarked
package dev.fastpath.bench.dispatch;

import org.jspecify.annotations.NullMarked;
