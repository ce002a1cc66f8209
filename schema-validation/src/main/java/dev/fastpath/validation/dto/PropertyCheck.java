package dev.fastpath.validation.dto;

import dev.fastpath.validation.binding.BindState;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One property of a {@link BeanCheck}: the check of its JSON value, and what an absent property means. For a
 * record the component is {@code null} (a primitive is a binding failure, {@code Optional} is empty); for a POJO
 * the field keeps the value its constructor gave it, read once at start-up. Either way the property's own
 * constraints are evaluated on that value, as Hibernate Validator would on the bound object.
 */
final class PropertyCheck {

  /** What an absent property means. */
  enum Missing {
    /** Nothing to report. */
    NOTHING,
    /** A primitive record component: Jackson fails ({@code FAIL_ON_NULL_FOR_PRIMITIVES}). */
    BINDING_FAILURE,
    /** The constraints are evaluated on {@link #defaultValue}. */
    CONSTRAINTS
  }

  final String javaName;

  final String jsonName;

  /** The check of a present value, or {@code null} for properties that are never read from JSON. */
  final @Nullable Check value;

  final Missing missing;

  private final Constraint[] missingConstraints;

  private final @Nullable Object defaultValue;

  /** The size of a container default, else -1. */
  private final int defaultSize;

  private final String missingMessage;

  PropertyCheck(String javaName, String jsonName, @Nullable Check value, Missing missing,
      Constraint[] missingConstraints, @Nullable Object defaultValue, String missingMessage) {
    this.javaName = javaName;
    this.jsonName = jsonName;
    this.value = value;
    this.missing = missingConstraints.length == 0 && missing == Missing.CONSTRAINTS ? Missing.NOTHING : missing;
    this.missingConstraints = missingConstraints;
    Object unwrapped = unwrap(defaultValue);
    this.defaultValue = unwrapped;
    this.defaultSize = sizeOf(unwrapped);
    this.missingMessage = missingMessage;
  }

  /** Reports what the absence of this property means. */
  void checkMissing(DtoWalk walk) {
    if (this.missing == Missing.NOTHING) {
      return;
    }
    walk.pushMissingProperty(this.javaName, this.jsonName);
    if (this.missing == Missing.BINDING_FAILURE) {
      walk.bindingFailure(this.missingMessage, null, DtoViolation.TYPE_MISMATCH);
    } else {
      BindState st = walk.st;
      for (Constraint constraint : this.missingConstraints) {
        boolean valid;
        if (this.defaultValue == null) {
          valid = constraint.acceptsNull();
        } else if (this.defaultSize >= 0) {
          valid = constraint.testSize(this.defaultSize);
        } else {
          st.load(this.defaultValue);
          valid = constraint.test(st, walk);
        }
        if (!valid) {
          walk.violation(constraint, this.defaultValue);
        }
      }
    }
    walk.pop();
  }

  /** Bean Validation unwraps {@code Optional} (its value extractor is {@code @UnwrapByDefault}). */
  static @Nullable Object unwrap(@Nullable Object value) {
    return switch (value) {
      case Optional<?> o -> o.orElse(null);
      case OptionalInt o -> o.isPresent() ? o.getAsInt() : null;
      case OptionalLong o -> o.isPresent() ? o.getAsLong() : null;
      case OptionalDouble o -> o.isPresent() ? o.getAsDouble() : null;
      case null, default -> value;
    };
  }

  static int sizeOf(@Nullable Object value) {
    return switch (value) {
      case Collection<?> c -> c.size();
      case Map<?, ?> m -> m.size();
      case null -> -1;
      default -> value.getClass().isArray() ? Array.getLength(value) : -1;
    };
  }
}
