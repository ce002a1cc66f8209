package dev.fastpath.autoconfigure.web.bind;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem a precompiled body validator found, as data (never an exception).
 *
 * @param pointer RFC 6901 JSON Pointer to the offending value, e.g. {@code /items/3/qty} ({@code ""}
 *     for the whole document)
 * @param rule the constraint's simple name, e.g. {@code NotBlank}, {@code Min}; it becomes the Spring
 *     error code
 * @param message the resolved default message, e.g. {@code must not be blank}
 * @param kind whether the value breaks a constraint or could not be bound at all
 * @param attributes the constraint's attributes (e.g. {@code value=1} for {@code @Min(1)}), which
 *     Spring exposes as message arguments sorted by name
 * @param field Spring's field path ({@code items[3].qty}, Java property names) when the validator knows
 *     it; {@code null} to derive it from the pointer (JSON names)
 * @param rejectedValue the bound value Spring reports as {@code FieldError.rejectedValue}; only read when
 *     {@code field} is given (then {@code null} means the value was {@code null}), otherwise read from the
 *     bound object at the pointer
 * @since 0.1
 */
public record BodyViolation(String pointer, String rule, String message, Kind kind, Map<String, Object> attributes,
    @Nullable String field, @Nullable Object rejectedValue) {

  public BodyViolation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
    attributes = Map.copyOf(attributes);
  }

  /** A violation whose field path and rejected value are derived from the pointer and the bound object. */
  public BodyViolation(String pointer, String rule, String message, Kind kind, Map<String, Object> attributes) {
    this(pointer, rule, message, kind, attributes, null, null);
  }

  /** A constraint violation without attributes. */
  public static BodyViolation constraint(String pointer, String rule, String message) {
    return new BodyViolation(pointer, rule, message, Kind.CONSTRAINT, Map.of());
  }

  /** What went wrong with the value. */
  public enum Kind {
    /** The value binds but breaks a constraint: Spring reports a {@code FieldError} (400). */
    CONSTRAINT,
    /** The value has the wrong JSON type for its field: Jackson fails binding before validation (400). */
    TYPE_MISMATCH,
    /** The document is not JSON: Jackson fails parsing (400). */
    MALFORMED
  }
}
