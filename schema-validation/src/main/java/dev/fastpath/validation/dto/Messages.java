package dev.fastpath.validation.dto;

import dev.fastpath.validation.UnsupportedSchemaException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Interpolates constraint messages at start-up the way Hibernate Validator's
 * {@code ResourceBundleMessageInterpolator} does: {@code {key}} parameters from the user's bundles (the
 * caller's lookup, then {@code ValidationMessages}) recursively and from Hibernate Validator's
 * {@code org.hibernate.validator.ValidationMessages} (or, when Hibernate Validator is not on the class path, the
 * same English texts built in) until nothing changes; then {@code {attribute}} values of the annotation; then the
 * expression-language terms the standard messages use ({@code ${inclusive == true ? 'or equal to ' : ''}}) and
 * {@code ${validatedValue}}; then the escapes {@code \{ \} \$ \\}. Unknown {@code {key}}s stay as they are, as
 * in Hibernate Validator. Other expression-language terms are refused at start-up.
 */
final class Messages {

  /** Hibernate Validator 9's English defaults for the Jakarta constraints. */
  private static final Map<String, String> ENGLISH = Map.ofEntries(
      Map.entry("jakarta.validation.constraints.AssertFalse.message", "must be false"),
      Map.entry("jakarta.validation.constraints.AssertTrue.message", "must be true"),
      Map.entry("jakarta.validation.constraints.DecimalMax.message",
          "must be less than ${inclusive == true ? 'or equal to ' : ''}{value}"),
      Map.entry("jakarta.validation.constraints.DecimalMin.message",
          "must be greater than ${inclusive == true ? 'or equal to ' : ''}{value}"),
      Map.entry("jakarta.validation.constraints.Digits.message",
          "numeric value out of bounds (<{integer} digits>.<{fraction} digits> expected)"),
      Map.entry("jakarta.validation.constraints.Email.message", "must be a well-formed email address"),
      Map.entry("jakarta.validation.constraints.Future.message", "must be a future date"),
      Map.entry("jakarta.validation.constraints.FutureOrPresent.message", "must be a date in the present or in the future"),
      Map.entry("jakarta.validation.constraints.Max.message", "must be less than or equal to {value}"),
      Map.entry("jakarta.validation.constraints.Min.message", "must be greater than or equal to {value}"),
      Map.entry("jakarta.validation.constraints.Negative.message", "must be less than 0"),
      Map.entry("jakarta.validation.constraints.NegativeOrZero.message", "must be less than or equal to 0"),
      Map.entry("jakarta.validation.constraints.NotBlank.message", "must not be blank"),
      Map.entry("jakarta.validation.constraints.NotEmpty.message", "must not be empty"),
      Map.entry("jakarta.validation.constraints.NotNull.message", "must not be null"),
      Map.entry("jakarta.validation.constraints.Null.message", "must be null"),
      Map.entry("jakarta.validation.constraints.Past.message", "must be a past date"),
      Map.entry("jakarta.validation.constraints.PastOrPresent.message", "must be a date in the past or in the present"),
      Map.entry("jakarta.validation.constraints.Pattern.message", "must match \"{regexp}\""),
      Map.entry("jakarta.validation.constraints.Positive.message", "must be greater than 0"),
      Map.entry("jakarta.validation.constraints.PositiveOrZero.message", "must be greater than or equal to 0"),
      Map.entry("jakarta.validation.constraints.Size.message", "size must be between {min} and {max}"));

  private static final String VALIDATED_VALUE = "validatedValue";

  private final Function<String, @Nullable String> user;

  private final Function<String, @Nullable String> defaults;

  Messages(Function<String, @Nullable String> lookup, Locale locale, ClassLoader classLoader) {
    ResourceBundle userBundle = bundle("ValidationMessages", locale, classLoader);
    this.user = key -> {
      String value = lookup.apply(key);
      if (value == null && userBundle != null && userBundle.containsKey(key)) {
        value = userBundle.getString(key);
      }
      return value;
    };
    ResourceBundle hibernate = bundle("org.hibernate.validator.ValidationMessages", locale, classLoader);
    this.defaults = hibernate != null
        ? key -> hibernate.containsKey(key) ? hibernate.getString(key) : null
        : ENGLISH::get;
  }

  private static @Nullable ResourceBundle bundle(String name, Locale locale, ClassLoader classLoader) {
    try {
      return ResourceBundle.getBundle(name, locale, classLoader,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    } catch (MissingResourceException ex) {
      return null;
    }
  }

  /**
   * The message of {@code constraint}.
   *
   * @param location class and property, for errors
   */
  MessageTemplate interpolate(Annotation constraint, String location) {
    String template = (String) attribute(constraint, "message");
    String resolved = resolveBundles(template);
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < resolved.length()) {
      char c = resolved.charAt(i);
      if (c == '\\' && i + 1 < resolved.length()) {
        literal.append(resolved.charAt(i + 1));
        i += 2;
      } else if (c == '$' && i + 1 < resolved.length() && resolved.charAt(i + 1) == '{') {
        int end = closing(resolved, i + 1);
        String expression = resolved.substring(i + 2, end).strip();
        Object value = evaluate(expression, constraint, location);
        if (value == VALIDATED_VALUE) {
          parts.add(literal.toString());
          literal.setLength(0);
          parts.add(MessageTemplate.VALUE);
        } else {
          literal.append(value);
        }
        i = end + 1;
      } else if (c == '{') {
        int end = closing(resolved, i);
        String name = resolved.substring(i + 1, end);
        String value = parameter(constraint, name);
        if (value != null) {
          literal.append(value);
        } else {
          literal.append(resolved, i, end + 1);
        }
        i = end + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    parts.add(literal.toString());
    return new MessageTemplate(parts);
  }

  /** Step 1: message keys, user bundle (recursive) then defaults (not recursive), until nothing changes. */
  private String resolveBundles(String message) {
    String resolved = message;
    boolean defaultsOnce = false;
    while (true) {
      String fromUser = replaceKeys(resolved, this.user, true);
      if (defaultsOnce && fromUser.equals(resolved)) {
        return resolved;
      }
      resolved = replaceKeys(fromUser, this.defaults, false);
      defaultsOnce = true;
    }
  }

  private static String replaceKeys(String message, Function<String, @Nullable String> bundle, boolean recursive) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '\\' && i + 1 < message.length()) {
        out.append(c).append(message.charAt(i + 1));
        i += 2;
      } else if (c == '{' && (i == 0 || message.charAt(i - 1) != '$')) {
        int end = closing(message, i);
        String key = message.substring(i + 1, end);
        String value = bundle.apply(key);
        if (value == null) {
          out.append(message, i, end + 1);
        } else {
          out.append(recursive ? replaceKeys(value, bundle, true) : value);
        }
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int closing(String message, int open) {
    for (int i = open + 1; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '}') {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced '{' in message \"" + message + "\"");
  }

  private static @Nullable String parameter(Annotation constraint, String name) {
    Object value;
    try {
      Method method = constraint.annotationType().getMethod(name);
      value = method.invoke(constraint);
    } catch (ReflectiveOperationException ex) {
      return null;
    }
    if (value.getClass().isArray()) {
      return value instanceof Object[] array ? Arrays.toString(array) : arrayToString(value);
    }
    return value.toString();
  }

  private static String arrayToString(Object array) {
    return switch (array) {
      case int[] a -> Arrays.toString(a);
      case long[] a -> Arrays.toString(a);
      case boolean[] a -> Arrays.toString(a);
      case double[] a -> Arrays.toString(a);
      default -> array.toString();
    };
  }

  /** The expression-language terms of the standard messages, plus {@code ${validatedValue}}. */
  private static Object evaluate(String expression, Annotation constraint, String location) {
    String normalized = expression.replaceAll("\\s+", " ");
    if (normalized.equals(VALIDATED_VALUE)) {
      return VALIDATED_VALUE;
    }
    java.util.regex.Matcher ternary = java.util.regex.Pattern
        .compile("(\\w+) == (true|false) \\? '([^']*)' : '([^']*)'").matcher(normalized);
    if (ternary.matches()) {
      Object value;
      try {
        value = constraint.annotationType().getMethod(ternary.group(1)).invoke(constraint);
      } catch (ReflectiveOperationException ex) {
        throw unsupportedExpression(expression, constraint, location);
      }
      boolean equal = String.valueOf(value).equals(ternary.group(2));
      return equal ? ternary.group(3) : ternary.group(4);
    }
    throw unsupportedExpression(expression, constraint, location);
  }

  private static UnsupportedSchemaException unsupportedExpression(String expression, Annotation constraint,
      String location) {
    return new UnsupportedSchemaException("message expression ${" + expression + "} of @"
        + constraint.annotationType().getSimpleName(), location,
        "only ${validatedValue} and the standard messages' expressions are supported");
  }

  static Object attribute(Annotation annotation, String name) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("cannot read " + name + " of " + annotation, ex);
    }
  }

  /** A message, constant or with {@code ${validatedValue}} parts filled per violation. */
  static final class MessageTemplate {

    static final Object VALUE = new Object();

    private final List<Object> parts;

    private final @Nullable String constant;

    MessageTemplate(List<Object> parts) {
      this.parts = List.copyOf(parts);
      this.constant = parts.contains(VALUE) ? null : String.join("", parts.stream().map(String.class::cast).toList());
    }

    /** The message for a violation by {@code validatedValue} (rendered as expression language does). */
    String render(@Nullable Object validatedValue) {
      if (this.constant != null) {
        return this.constant;
      }
      StringBuilder out = new StringBuilder();
      for (Object part : this.parts) {
        out.append(part == VALUE ? (validatedValue == null ? "" : validatedValue.toString()) : part);
      }
      return out.toString();
    }

    /** The message when it does not depend on the value, else {@code null}. */
    @Nullable String constant() {
      return this.constant;
    }
  }
}
