package dev.fastpath.autoconfigure.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a handler method never blocks, so Fastpath runs it on the connection's event loop
 * instead of a virtual thread. Methods returning {@code CompletionStage}/{@code CompletableFuture} or
 * {@code Mono} run there without this annotation. Put it on a class to cover all its handler methods.
 *
 * <p>A {@code @NonBlocking} method must not wait for I/O, locks or other threads: while it runs, no
 * other request on its event loop makes progress. Its argument resolution (including reading a JSON
 * body) and its response writing run on the event loop too.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NonBlocking {}
