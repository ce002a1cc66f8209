package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import org.jspecify.annotations.Nullable;

/**
 * Produces one argument of a handler method from the exchange. Chosen and configured once per
 * parameter at start-up, so resolving does no annotation lookup; a failure is thrown as the exception
 * Spring MVC raises for the same input ({@code MissingServletRequestParameterException},
 * {@code MethodArgumentTypeMismatchException}, {@code HttpMessageNotReadableException} …).
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ArgumentResolver {

  @Nullable Object resolve(WebExchange exchange) throws Exception;

  /** The description of the validator this resolver runs, for the route listing; {@code null} if none. */
  default @Nullable String validator() {
    return null;
  }
}
