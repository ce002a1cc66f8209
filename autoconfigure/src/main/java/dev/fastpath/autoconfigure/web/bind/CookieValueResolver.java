package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingRequestCookieException;

/** {@code @CookieValue}: the first cookie of that name, URL-decoded as Spring's {@code UrlPathHelper} decodes it. */
final class CookieValueResolver extends NamedValueResolver {

  CookieValueResolver(NamedValue value, MethodParameter parameter, ValueConverter converter) {
    super(value, parameter, converter);
  }

  @Override
  protected @Nullable Object lookup(WebExchange exchange) {
    String value = exchange.cookie(this.name);
    if (value == null || value.indexOf('%') < 0) {
      return value;
    }
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException ex) {
      return value;
    }
  }

  @Override
  protected void missing(boolean afterConversion) throws MissingRequestCookieException {
    throw new MissingRequestCookieException(this.name, this.parameter, afterConversion);
  }
}
