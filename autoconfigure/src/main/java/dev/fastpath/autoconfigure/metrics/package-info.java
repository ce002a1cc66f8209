/**
 * Micrometer meters for the Fastpath server: Spring's {@code http.server.requests} timer with Spring's tag
 * conventions, and {@code fastpath.*} transport meters fed by the engine's listener and gauges.
 */
@NullMarked
package dev.fastpath.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
