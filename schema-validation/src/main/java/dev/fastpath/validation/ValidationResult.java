package dev.fastpath.validation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating one document: valid, invalid with {@link #violations()} (all of them, up to the
 * configured maximum, then {@link #truncated()}), or not validated because the bytes are not acceptable JSON
 * ({@link Outcome#MALFORMED}, {@link Outcome#TOO_LARGE}, {@link Outcome#TOO_DEEP}, described by
 * {@link #jsonError()}). The HTTP layer maps {@code INVALID} and {@code MALFORMED} and {@code TOO_DEEP} to
 * 400 and {@code TOO_LARGE} to 413.
 *
 * @since 0.1.0
 */
public final class ValidationResult {

  private static final ValidationResult VALID = new ValidationResult(Outcome.VALID, List.of(), false, null);

  private final Outcome outcome;

  private final List<Violation> violations;

  private final boolean truncated;

  private final @Nullable JsonError jsonError;

  private ValidationResult(Outcome outcome, List<Violation> violations, boolean truncated,
      @Nullable JsonError jsonError) {
    this.outcome = outcome;
    this.violations = violations;
    this.truncated = truncated;
    this.jsonError = jsonError;
  }

  /** The shared valid result. */
  public static ValidationResult valid() {
    return VALID;
  }

  /** An invalid result; {@code violations} must not be empty. */
  public static ValidationResult invalid(List<Violation> violations, boolean truncated) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one violation");
    }
    return new ValidationResult(Outcome.INVALID, List.copyOf(violations), truncated, null);
  }

  /** A result for bytes that were not validated; the outcome comes from the error's kind. */
  public static ValidationResult jsonError(JsonError error) {
    Objects.requireNonNull(error, "error");
    Outcome outcome = switch (error.kind()) {
      case MALFORMED -> Outcome.MALFORMED;
      case TOO_LARGE -> Outcome.TOO_LARGE;
      case TOO_DEEP -> Outcome.TOO_DEEP;
    };
    return new ValidationResult(outcome, List.of(), false, error);
  }

  /** What happened. */
  public Outcome outcome() {
    return this.outcome;
  }

  /** Whether the document is well-formed JSON that satisfies the schema. */
  public boolean isValid() {
    return this.outcome == Outcome.VALID;
  }

  /** The violations, in document order per keyword; empty unless {@link Outcome#INVALID}. */
  public List<Violation> violations() {
    return this.violations;
  }

  /** Whether more violations existed than the configured maximum (the list holds the first ones). */
  public boolean truncated() {
    return this.truncated;
  }

  /** Why the bytes were not validated, for {@code MALFORMED}, {@code TOO_LARGE} and {@code TOO_DEEP}. */
  public @Nullable JsonError jsonError() {
    return this.jsonError;
  }

  @Override
  public String toString() {
    return switch (this.outcome) {
      case VALID -> "valid";
      case INVALID -> "invalid " + this.violations + (this.truncated ? " (truncated)" : "");
      default -> this.outcome.name().toLowerCase(java.util.Locale.ROOT) + ": " + this.jsonError;
    };
  }

  /** What a validation found. */
  public enum Outcome {
    /** Well-formed and valid. */
    VALID,
    /** Well-formed, with violations. */
    INVALID,
    /** Not acceptable JSON (syntax, encoding, duplicate names, numbers out of range). */
    MALFORMED,
    /** Longer than the configured maximum body size. */
    TOO_LARGE,
    /** Nested deeper than the configured maximum depth. */
    TOO_DEEP
  }
}
