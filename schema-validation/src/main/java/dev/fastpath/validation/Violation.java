package dev.fastpath.validation;

import java.util.Objects;

/**
 * One failed constraint: where (an RFC 6901 pointer into the instance), which rule ({@code minLength},
 * {@code NotBlank}, ...) and a human-readable message chosen by the schema's compiler. A missing required
 * property is reported at the pointer where it should be.
 *
 * @param pointer where in the instance
 * @param rule the rule that failed
 * @param message what was expected, in plain English; never echoes the instance value
 * @since 0.1.0
 */
public record Violation(JsonPointer pointer, String rule, String message) {

  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** {@code pointer rule message}, as the CLI prints it; the document root is written {@code (root)}. */
  @Override
  public String toString() {
    return (this.pointer.toString().isEmpty() ? "(root)" : this.pointer.toString()) + " " + this.rule + " "
        + this.message;
  }
}
