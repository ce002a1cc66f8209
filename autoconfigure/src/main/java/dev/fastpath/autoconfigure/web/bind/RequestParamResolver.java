package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingServletRequestParameterException;

/**
 * {@code @RequestParam} (and an unannotated simple-type parameter, which Spring treats as an optional
 * request parameter): one value as a {@code String}, repeated values as a {@code String[]} that the
 * converter turns into a list, an array or a comma-joined string as Spring does.
 */
final class RequestParamResolver extends NamedValueResolver {

  RequestParamResolver(NamedValue value, MethodParameter parameter, ValueConverter converter) {
    super(value, parameter, converter);
  }

  @Override
  protected @Nullable Object lookup(WebExchange exchange) {
    List<String> values = exchange.parameterValues(this.name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.size() == 1 ? values.get(0) : values.toArray(String[]::new);
  }

  @Override
  protected void missing(boolean afterConversion) throws MissingServletRequestParameterException {
    throw new MissingServletRequestParameterException(this.name, this.parameter, afterConversion);
  }
}
