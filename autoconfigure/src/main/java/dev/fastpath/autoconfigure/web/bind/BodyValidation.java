package dev.fastpath.autoconfigure.web.bind;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RequestBodyValidator#validateAndBind} found in one request body, and so what the body
 * resolver does next:
 * <ul>
 *   <li>{@link Bound}: valid and already bound from the validator's own parse; the handler receives the
 *       value, Jackson never runs (one parse per request);</li>
 *   <li>{@link Validated}: valid but not bound; Fastpath binds the same bytes with Boot's
 *       {@code JsonMapper};</li>
 *   <li>{@link Deferred}: a shape the validator does not mirror; Fastpath binds with Jackson and validates
 *       the bound object with the application's Bean Validation validator, as Spring MVC would;</li>
 *   <li>{@link Invalid}: constraint violations (400 {@code MethodArgumentNotValidException}) or a binding
 *       failure (400 {@code HttpMessageNotReadableException} with Jackson's message);</li>
 *   <li>{@link Rejected}: not an acceptable JSON document (400 as Jackson reports it, or 413 when larger
 *       than the validator's limit).</li>
 * </ul>
 *
 * @since 0.1
 */
public sealed interface BodyValidation {

  /** The shared "valid, bind with Jackson" outcome. */
  Validated VALIDATED = new Validated();

  /**
   * Valid, and bound.
   *
   * @param value the object Jackson would have produced; {@code null} for a JSON {@code null} body
   */
  record Bound(@Nullable Object value) implements BodyValidation {}

  /** Valid, not bound: bind with Jackson. */
  record Validated() implements BodyValidation {}

  /**
   * Not decided here: bind with Jackson and validate with Bean Validation.
   *
   * @param reason which shape the validator does not mirror (for logs)
   */
  record Deferred(String reason) implements BodyValidation {

    public Deferred {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Refused by constraints or by binding.
   *
   * @param violations at least one; a binding failure ({@link BodyViolation.Kind#TYPE_MISMATCH},
   *     {@link BodyViolation.Kind#MALFORMED}) comes first
   * @param truncated whether the validator stopped collecting at its maximum count
   */
  record Invalid(List<BodyViolation> violations, boolean truncated) implements BodyValidation {

    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an invalid body needs at least one violation");
      }
    }

    /** Whether Jackson would not bind the body at all (Spring never validates then). */
    public boolean bindingFailure() {
      return this.violations.get(0).kind() != BodyViolation.Kind.CONSTRAINT;
    }
  }

  /**
   * Not an acceptable JSON document.
   *
   * @param problem which limit or rule the bytes broke
   * @param message what is wrong, never echoing the input
   */
  record Rejected(Problem problem, String message) implements BodyValidation {

    public Rejected {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Why a document is {@link Rejected}. */
  enum Problem {
    /** Not RFC 8259 JSON (400). */
    MALFORMED,
    /** Nested deeper than the validator accepts (400). */
    TOO_DEEP,
    /** Longer than the validator accepts (413). */
    TOO_LARGE
  }
}
