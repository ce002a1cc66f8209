package dev.fastpath.autoconfigure.web.bind;

import java.util.List;

/**
 * A validator precompiled for one {@code @Valid}/{@code @Validated @RequestBody} parameter. It runs on
 * the raw JSON before binding and reports every violation, each with a JSON Pointer; Fastpath then
 * binds the body and turns the violations into the exceptions Spring MVC raises (see
 * {@link BodyViolationMapper}). Implementations must be thread-safe and must not throw for bad input.
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

  /** A short description for the route listing, e.g. {@code dto-schema(Order)}. */
  String description();
}
