package dev.fastpath.autoconfigure.web.bind;

import java.util.List;

/**
 * A validator precompiled for one {@code @Valid}/{@code @Validated @RequestBody} parameter. It runs on
 * the raw JSON before binding and reports every violation, each with a JSON Pointer; Fastpath then
 * binds the body (or takes the object the validator bound from its own parse) and turns the violations
 * into the exceptions Spring MVC raises (see {@link BodyViolationMapper}). Implementations must be
 * thread-safe and must not throw for bad input.
 *
 * @since 0.1
 */
public interface RequestBodyValidator {

  /**
   * Validates {@code json[0..length)}.
   *
   * @return every violation; empty when the body is valid
   */
  List<BodyViolation> validate(byte[] json, int length);

  /**
   * Validates {@code json[0..length)} and, where the validator can, binds it from the same parse. The
   * array may be a reused scratch buffer: the validator must not keep it, and a bound value must not
   * refer to it. The default validates only and leaves binding to Jackson.
   *
   * @return the outcome; never {@code null}
   * @since 0.1
   */
  default BodyValidation validateAndBind(byte[] json, int length) {
    List<BodyViolation> violations = validate(json, length);
    return violations.isEmpty() ? BodyValidation.VALIDATED : new BodyValidation.Invalid(violations, false);
  }

  /**
   * Whether some constraints of the body type are not checked by this validator, so that the bound object
   * must also be validated by the application's Bean Validation validator (the opt-in
   * {@code fastpath.validation.bean-validation-fallback}). {@code false} by default.
   *
   * @since 0.1
   */
  default boolean requiresBeanValidation() {
    return false;
  }

  /** A short description for the route listing, e.g. {@code precompiled(Order)}. */
  String description();
}
