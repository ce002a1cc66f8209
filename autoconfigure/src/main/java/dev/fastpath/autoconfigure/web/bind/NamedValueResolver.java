package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * The shared rules of Spring's {@code AbstractNamedValueMethodArgumentResolver} for path variables,
 * request parameters, headers and cookies: default values (also for empty strings), required values,
 * {@code Optional}, {@code null} for primitives, and the "present but converted to null" case. The
 * name and default value are resolved once at start-up (placeholders included).
 *
 * @since 0.1
 */
abstract class NamedValueResolver implements ArgumentResolver {

  protected final String name;
  protected final MethodParameter parameter;
  private final boolean required;
  private final @Nullable String defaultValue;
  private final boolean optional;
  private final Class<?> nestedType;
  private final ValueConverter converter;

  NamedValueResolver(NamedValue value, MethodParameter parameter, ValueConverter converter) {
    this.name = value.name();
    this.parameter = parameter;
    this.required = value.required();
    this.defaultValue = value.defaultValue();
    MethodParameter nested = parameter.nestedIfOptional();
    this.optional = nested.isOptional();
    this.nestedType = nested.getNestedParameterType();
    this.converter = converter;
  }

  /** The raw value: a {@code String}, a {@code String[]} for repeated values, or {@code null}. */
  protected abstract @Nullable Object lookup(WebExchange exchange);

  /** Throws the exception Spring raises for a missing (or converted-to-null) value. */
  protected abstract void missing(boolean afterConversion) throws Exception;

  @Override
  public final @Nullable Object resolve(WebExchange exchange) throws Exception {
    Object arg = lookup(exchange);
    if (arg == null) {
      if (this.defaultValue != null) {
        arg = this.defaultValue;
      } else if (this.required && !this.optional) {
        missing(false);
      }
      arg = nullForPrimitive(arg);
    } else if ("".equals(arg) && this.defaultValue != null) {
      arg = this.defaultValue;
    }
    arg = this.converter.convert(arg);
    if (arg == null) {
      if (this.defaultValue != null) {
        arg = this.converter.convert(this.defaultValue);
      } else if (this.required && !this.optional) {
        missing(true);
      }
    }
    return arg;
  }

  private @Nullable Object nullForPrimitive(@Nullable Object value) {
    if (value == null) {
      if (this.nestedType == boolean.class) {
        return Boolean.FALSE;
      }
      if (this.nestedType.isPrimitive()) {
        throw new IllegalStateException("Optional " + this.nestedType.getSimpleName() + " parameter '" + this.name
            + "' is present but cannot be translated into a null value due to being declared as a "
            + "primitive type. Consider declaring it as object wrapper for the corresponding primitive type.");
      }
    }
    return value;
  }

  /**
   * A parameter's name, whether it is required, and its default value (Spring's {@code NamedValueInfo},
   * with {@code ValueConstants.DEFAULT_NONE} already turned into {@code null}).
   */
  record NamedValue(String name, boolean required, @Nullable String defaultValue) {}
}
