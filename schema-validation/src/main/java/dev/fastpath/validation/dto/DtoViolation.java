package dev.fastpath.validation.dto;

import dev.fastpath.validation.JsonPointer;
import dev.fastpath.validation.Violation;
import java.lang.annotation.Annotation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reason a request body is refused, in the terms Spring MVC uses.
 *
 * <ul>
 *   <li>{@link Kind#BINDING}: Jackson would fail to bind the body (a JSON type the Java type does not accept, a
 *       malformed enum, UUID or date, a number out of range, {@code null} into a primitive ...). Spring MVC
 *       answers {@code HttpMessageNotReadableException} (400) and never validates, so a result holds either one
 *       binding violation or only constraint violations.</li>
 *   <li>{@link Kind#CONSTRAINT}: a Jakarta constraint fails on the bound value; Spring MVC answers
 *       {@code MethodArgumentNotValidException} with one {@code FieldError} per violation.</li>
 * </ul>
 *
 * @param kind binding failure or constraint violation
 * @param pointer where in the JSON document (RFC 6901, JSON member names)
 * @param propertyPath Spring's {@code FieldError.field}: Java property names, {@code items[3].qty},
 *     {@code attributes[key]}, {@code tags[]} for set elements; {@code ""} for the body itself
 * @param rule the constraint's simple name ({@code NotBlank}, {@code Size} ...), Spring's error code; for
 *     binding failures {@value #TYPE_MISMATCH} or {@value #UNKNOWN_PROPERTY}
 * @param message the interpolated message ({@code size must be between 1 and 100}); for binding failures a
 *     description that never echoes the value
 * @param rejectedValue the value as bound ({@code FieldError.rejectedValue}); for binding failures the JSON
 *     scalar (a {@code String}, {@code Long}, {@code Double} or {@code Boolean}) or {@code null}
 * @param constraint the constraint annotation (for Spring's message codes and arguments), {@code null} for
 *     binding failures
 * @since 0.1.0
 */
public record DtoViolation(Kind kind, JsonPointer pointer, String propertyPath, String rule, String message,
    @Nullable Object rejectedValue, @Nullable Annotation constraint) {

  /** The rule of a binding failure (Spring's code for conversion failures). */
  public static final String TYPE_MISMATCH = "typeMismatch";

  /** The rule of an unknown property when {@code FAIL_ON_UNKNOWN_PROPERTIES} is on. */
  public static final String UNKNOWN_PROPERTY = "unknownProperty";

  public DtoViolation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(propertyPath, "propertyPath");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** The generic form (pointer, rule, message) for {@code application/problem+json}. */
  public Violation toViolation() {
    return new Violation(this.pointer, this.rule, this.message);
  }

  /** What refused the body. */
  public enum Kind {
    /** Jackson would not bind the body. */
    BINDING,
    /** A constraint fails on the bound value. */
    CONSTRAINT
  }

  @Override
  public String toString() {
    return this.kind + " " + (this.propertyPath.isEmpty() ? "<body>" : this.propertyPath) + " " + this.rule + " "
        + this.message;
  }
}
