/**
 * A standalone Fastpath engine server implementing the load-test contract of {@code shared/bench}
 * ({@code /plaintext}, {@code /json}, {@code /users/{id}}, {@code POST /orders}) for {@code compare.sh}.
 */
@NullMarked
package dev.fastpath.bench.server;

import org.jspecify.annotations.NullMarked;
