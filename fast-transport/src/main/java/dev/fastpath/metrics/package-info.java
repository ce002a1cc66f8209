/**
 * Hooks for transport metrics: a listener the engine calls on connection and request events, the reasons
 * a request is rejected, and live gauges of a running server. Plain callbacks, no metrics library: the
 * Spring layer maps them onto Micrometer.
 */
@NullMarked
package dev.fastpath.metrics;

import org.jspecify.annotations.NullMarked;
