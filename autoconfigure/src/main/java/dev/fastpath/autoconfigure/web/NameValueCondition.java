package dev.fastpath.autoconfigure.web;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code params} or {@code headers} expression of a mapping, as Spring parses them: {@code name},
 * {@code !name}, {@code name=value}, {@code name!=value}. Header names compare case-insensitively
 * (RFC 9110 §5.1), parameter names exactly.
 *
 * @since 0.1
 */
record NameValueCondition(String name, @Nullable String value, boolean negated, boolean header, String expression) {

  static NameValueCondition parse(String expression, boolean header) {
    int separator = expression.indexOf('=');
    if (separator == -1) {
      boolean negated = expression.startsWith("!");
      return new NameValueCondition(negated ? expression.substring(1) : expression, null, negated, header, expression);
    }
    boolean negated = separator > 0 && expression.charAt(separator - 1) == '!';
    String name = negated ? expression.substring(0, separator - 1) : expression.substring(0, separator);
    return new NameValueCondition(name.trim(), expression.substring(separator + 1).trim(), negated, header, expression);
  }

  boolean matches(WebExchange exchange) {
    boolean present;
    if (this.value == null) {
      present = this.header ? exchange.header(this.name) != null : exchange.parameterValues(this.name) != null;
      return present != this.negated;
    }
    String actual;
    if (this.header) {
      actual = exchange.header(this.name);
    } else {
      List<String> values = exchange.parameterValues(this.name);
      actual = values != null && !values.isEmpty() ? values.get(0) : null;
    }
    return this.value.equals(actual) != this.negated;
  }

  /** How Spring prints it in {@code UnsatisfiedServletRequestParameterException}. */
  @Override
  public String toString() {
    if (this.value == null) {
      return (this.negated ? "!" : "") + this.name;
    }
    return this.name + (this.negated ? "!=" : "=") + this.value;
  }
}
