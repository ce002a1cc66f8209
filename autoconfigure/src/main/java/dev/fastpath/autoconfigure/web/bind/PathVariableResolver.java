package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingPathVariableException;

/** {@code @PathVariable}: the router's decoded variable; missing is a 500, converted-to-null a 400, as in Spring. */
final class PathVariableResolver extends NamedValueResolver {

  PathVariableResolver(NamedValue value, MethodParameter parameter, ValueConverter converter) {
    super(value, parameter, converter);
  }

  @Override
  protected @Nullable Object lookup(WebExchange exchange) {
    return exchange.request().pathVariable(this.name);
  }

  @Override
  protected void missing(boolean afterConversion) throws MissingPathVariableException {
    throw new MissingPathVariableException(this.name, this.parameter, afterConversion);
  }
}
