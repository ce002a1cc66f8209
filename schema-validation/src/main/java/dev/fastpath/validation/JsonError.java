package dev.fastpath.validation;

/**
 * Why bytes were not accepted as a JSON document. The message says what was expected; it never echoes more
 * than a property name of the input.
 *
 * @param kind the class of problem
 * @param message what is wrong
 * @param byteOffset the 0-based byte position of the problem, or {@code -1} when the parser does not say
 * @since 0.1.0
 */
public record JsonError(Kind kind, String message, long byteOffset) {

  /** The class of problem. */
  public enum Kind {
    /** Not RFC 8259 JSON, not UTF-8, a duplicate object member name, or a number outside the double range. */
    MALFORMED,
    /** Longer than the maximum body size. */
    TOO_LARGE,
    /** Nested deeper than the maximum depth. */
    TOO_DEEP
  }

  @Override
  public String toString() {
    return this.message + (this.byteOffset >= 0 ? " (at byte " + this.byteOffset + ")" : "");
  }
}
