package dev.fastpath.validation.dto;

import dev.fastpath.validation.JsonError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link DtoSchema#validateAndBind} (and {@link DtoSchema#validate}, which never binds).
 *
 * <ul>
 *   <li>{@link Bound}: valid; the object Jackson would have produced ({@code null} for a JSON {@code null}
 *       body: the caller applies {@code @RequestBody(required)}).</li>
 *   <li>{@link Validated}: valid, not bound (no binder for this type, or {@code validate} was called): bind with
 *       Jackson.</li>
 *   <li>{@link Invalid}: one binding failure (400, as {@code HttpMessageNotReadableException}) or constraint
 *       violations (400, as {@code MethodArgumentNotValidException}).</li>
 *   <li>{@link Rejected}: not acceptable JSON: {@link JsonError.Kind#MALFORMED} and {@link JsonError.Kind#TOO_DEEP}
 *       (400), {@link JsonError.Kind#TOO_LARGE} (413).</li>
 *   <li>{@link Deferred}: a shape we do not mirror (a date as a timestamp number, a Base64 UUID ...): bind with
 *       Jackson and validate with a Bean Validation provider, as Spring MVC would.</li>
 * </ul>
 *
 * @param <T> the DTO type
 * @since 0.1.0
 */
public sealed interface BindResult<T> {

  /** Valid and bound. */
  record Bound<T>(@Nullable T value) implements BindResult<T> {
  }

  /** Valid, not bound. */
  record Validated<T>() implements BindResult<T> {
  }

  /**
   * Refused.
   *
   * @param violations at least one; a binding failure comes alone
   * @param truncated whether more constraint violations existed than the configured maximum
   */
  record Invalid<T>(List<DtoViolation> violations, boolean truncated) implements BindResult<T> {

    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an invalid result needs at least one violation");
      }
    }

    /** Whether Jackson would not bind the body (Spring: {@code HttpMessageNotReadableException}). */
    public boolean bindingFailure() {
      return this.violations.get(0).kind() == DtoViolation.Kind.BINDING;
    }
  }

  /** The bytes are not an acceptable JSON document. */
  record Rejected<T>(JsonError error) implements BindResult<T> {
  }

  /** Jackson must decide; {@code reason} says which shape. */
  record Deferred<T>(String reason) implements BindResult<T> {
  }
}
