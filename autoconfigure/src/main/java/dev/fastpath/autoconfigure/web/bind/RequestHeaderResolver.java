package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingRequestHeaderException;

/** {@code @RequestHeader} with a name: one field line as a {@code String}, several as a {@code String[]}. */
final class RequestHeaderResolver extends NamedValueResolver {

  RequestHeaderResolver(NamedValue value, MethodParameter parameter, ValueConverter converter) {
    super(value, parameter, converter);
  }

  @Override
  protected @Nullable Object lookup(WebExchange exchange) {
    List<String> values = exchange.request().headers().getAll(this.name);
    if (values.isEmpty()) {
      return null;
    }
    return values.size() == 1 ? values.get(0) : values.toArray(String[]::new);
  }

  @Override
  protected void missing(boolean afterConversion) throws MissingRequestHeaderException {
    throw new MissingRequestHeaderException(this.name, this.parameter, afterConversion);
  }
}
