package dev.fastpath.validation.dto;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One property of a {@link BeanCheck}: the check of its value, and what an absent property holds. For a record
 * the component is {@code null} ({@code Optional.empty()} for an {@code Optional}; a primitive is a binding
 * failure); for a POJO the field keeps the value its constructor gave it, read once at start-up. Either way the
 * property's own constraints run on that value, as Hibernate Validator would on the bound object.
 */
final class PropertyCheck {

  final String javaName;

  final String jsonName;

  final Check value;

  /** Whether an absent primitive record component is a binding failure. */
  private final boolean missingFails;

  private final @Nullable Object missingValue;

  private final String missingMessage;

  PropertyCheck(String javaName, String jsonName, Check value, boolean missingFails, @Nullable Object missingValue,
      String missingMessage) {
    this.javaName = javaName;
    this.jsonName = jsonName;
    this.value = value;
    this.missingFails = missingFails;
    this.missingValue = missingValue;
    this.missingMessage = missingMessage;
  }

  /** Reports what the absence of this property means. */
  void checkMissing(DtoWalk walk) {
    walk.pushMissingProperty(this.javaName, this.jsonName);
    if (this.missingFails) {
      walk.bindingFailure(this.missingMessage, null, DtoViolation.TYPE_MISMATCH);
    } else {
      this.value.checkValue(walk, this.missingValue);
    }
    walk.pop();
  }

  /** The content of an {@code Optional}-like value (empty is {@code null}), or the value itself. */
  static @Nullable Object unwrap(@Nullable Object value) {
    return switch (value) {
      case Optional<?> o -> o.orElse(null);
      case OptionalInt o -> o.isPresent() ? o.getAsInt() : null;
      case OptionalLong o -> o.isPresent() ? o.getAsLong() : null;
      case OptionalDouble o -> o.isPresent() ? o.getAsDouble() : null;
      case null, default -> value;
    };
  }

  /** The size of a collection, map or array, else -1. */
  static int sizeOf(@Nullable Object value) {
    return switch (value) {
      case Collection<?> c -> c.size();
      case Map<?, ?> m -> m.size();
      case null -> -1;
      default -> value.getClass().isArray() ? Array.getLength(value) : -1;
    };
  }
}
