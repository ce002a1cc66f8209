/**
 * Route lookup: Fastpath's {@code Router} against Spring's {@code PathPattern} matching over the GitHub
 * API route set.
 */
@NullMarked
package dev.fastpath.bench.routing;

import org.jspecify.annotations.NullMarked;
