package dev.fastpath.autoconfigure.web.bind;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Converts a request value (a {@code String}, or a {@code String[]} for repeated values) to a handler
 * parameter's type as Spring MVC's {@code WebDataBinder} does. Plain decimal numbers, {@code true}/
 * {@code false}, UUIDs and exact enum names take a fast path chosen at start-up; everything else, and
 * every value the fast path does not recognise, goes through the application's conversion service
 * and, on failure, through a {@link SimpleTypeConverter} so the exception (type and message) is the
 * one Spring raises.
 *
 * @since 0.1
 */
public final class ValueConverter {

  private static final Object NO_FAST_RESULT = new Object();
  private static final TypeDescriptor STRING = TypeDescriptor.valueOf(String.class);

  private final MethodParameter parameter;
  private final String name;
  private final ConversionService conversionService;
  private final TypeDescriptor target;
  private final @Nullable Function<String, Object> fast;
  private final boolean directConversion;

  public ValueConverter(MethodParameter parameter, String name, ConversionService conversionService) {
    this.parameter = parameter;
    this.name = name;
    this.conversionService = conversionService;
    this.target = new TypeDescriptor(parameter);
    this.fast = fastPath(parameter.getParameterType());
    this.directConversion = conversionService.canConvert(STRING, this.target);
  }

  /**
   * Converts {@code value}; {@code null} converts as Spring converts it ({@code Optional.empty()} for
   * an {@code Optional} parameter, otherwise {@code null}).
   *
   * @throws MethodArgumentTypeMismatchException when the value does not convert
   */
  public @Nullable Object convert(@Nullable Object value) {
    if (value instanceof String text) {
      if (this.fast != null) {
        Object result = this.fast.apply(text);
        if (result != NO_FAST_RESULT) {
          return result;
        }
      }
      if (this.directConversion) {
        try {
          return this.conversionService.convert(text, STRING, this.target);
        } catch (ConversionException ex) {
          // fall through: the type converter raises the exception Spring MVC reports
        }
      }
    }
    return convertAsSpring(value);
  }

  private @Nullable Object convertAsSpring(@Nullable Object value) {
    SimpleTypeConverter converter = new SimpleTypeConverter();
    converter.setConversionService(this.conversionService);
    try {
      return converter.convertIfNecessary(value, this.parameter.getParameterType(), this.parameter);
    } catch (ConversionNotSupportedException ex) {
      throw new MethodArgumentConversionNotSupportedException(value, ex.getRequiredType(), this.name,
          this.parameter, ex.getCause());
    } catch (TypeMismatchException ex) {
      throw new MethodArgumentTypeMismatchException(value, ex.getRequiredType(), this.name, this.parameter,
          ex.getCause());
    }
  }

  private static @Nullable Function<String, Object> fastPath(Class<?> type) {
    if (type == String.class || type == Object.class) {
      return text -> text;
    }
    if (type == int.class || type == Integer.class) {
      return text -> isPlainDecimal(text, 9) ? (Object) Integer.valueOf(Integer.parseInt(text)) : NO_FAST_RESULT;
    }
    if (type == long.class || type == Long.class) {
      return text -> isPlainDecimal(text, 18) ? (Object) Long.valueOf(Long.parseLong(text)) : NO_FAST_RESULT;
    }
    if (type == boolean.class || type == Boolean.class) {
      return text -> "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : NO_FAST_RESULT;
    }
    if (type == UUID.class) {
      return ValueConverter::uuid;
    }
    if (type.isEnum()) {
      Map<String, Object> constants = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        constants.put(((Enum<?>) constant).name(), constant);
      }
      return text -> constants.getOrDefault(text, NO_FAST_RESULT);
    }
    return null;
  }

  /** Optional minus sign and 1..maxDigits digits: what parses the same in Java and in Spring's NumberUtils. */
  private static boolean isPlainDecimal(String text, int maxDigits) {
    int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > maxDigits) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Object uuid(String text) {
    if (text.length() != 36) {
      return NO_FAST_RESULT;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException ex) {
      return NO_FAST_RESULT;
    }
  }
}
