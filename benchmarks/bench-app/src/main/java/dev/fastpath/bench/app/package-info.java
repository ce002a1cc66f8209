/**
 * The bench contract of {@code ../shared/bench} ({@code /plaintext}, {@code /json}, {@code /users/{id}},
 * {@code POST /orders}) written as any Spring Boot user would write it, served by the Fastpath starter.
 */
@NullMarked
package dev.fastpath.bench.app;

import org.jspecify.annotations.NullMarked;
