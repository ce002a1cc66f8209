package dev.fastpath.autoconfigure.web.write;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import org.jspecify.annotations.Nullable;

/**
 * Completes the exchange with what a handler method returned. Chosen once per method from its declared
 * return type; an asynchronous writer completes later and reports a failure through
 * {@link WebExchange#fail(Throwable)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ReturnValueWriter {

  void write(@Nullable Object value, WebExchange exchange) throws Exception;
}
