package dev.fastpath.validation.engine;

import dev.fastpath.validation.JsonError;

/**
 * Thrown inside the engine when bytes are not an acceptable JSON document; turned into a
 * {@link dev.fastpath.validation.ValidationResult} before leaving {@link CompiledValidator}. No stack trace:
 * it describes input, not a bug.
 */
final class ParseFailure extends RuntimeException {

  private final JsonError error;

  ParseFailure(JsonError.Kind kind, String message, long byteOffset) {
    super(message, null, false, false);
    this.error = new JsonError(kind, message, byteOffset);
  }

  JsonError error() {
    return this.error;
  }
}
