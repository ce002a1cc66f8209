/**
 * The per-request view that compiled argument resolvers, writers and exception handlers share: Spring-typed, lazily parsed request data over the engine's request and response.
 */
@NullMarked
package dev.fastpath.autoconfigure.web.exchange;

import org.jspecify.annotations.NullMarked;
