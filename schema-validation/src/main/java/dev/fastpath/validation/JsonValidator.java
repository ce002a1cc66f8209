package dev.fastpath.validation;

import dev.fastpath.validation.engine.CompiledValidator;
import dev.fastpath.validation.engine.JsonTape;
import dev.fastpath.validation.engine.ValidationContext;
import dev.fastpath.validation.schema.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A schema compiled for validating JSON documents. Immutable and thread-safe: build one per schema at
 * start-up and share it. Each call parses with the calling thread's parser (see {@link ValidationContext}).
 *
 * @since 0.1.0
 */
public interface JsonValidator {

  /** A validator for a schema model (from either compiler). */
  static JsonValidator of(Schema schema, ValidationOptions options) {
    return CompiledValidator.create(schema, options);
  }

  /**
   * Validates {@code json[0, length)}. The array may be longer (a reused scratch buffer); it is only read.
   * Never throws for bad input: malformed, too large or too deep documents are results.
   */
  ValidationResult validate(byte[] json, int length);

  /** As {@link #validate(byte[], int)}, with a context the caller owns (one per thread). */
  ValidationResult validate(ValidationContext context, byte[] json, int length);

  /**
   * Validates, then hands the result and, when valid, the parsed tape to {@code handler} (for binding the
   * validated document without parsing it again). The tape is only valid inside the handler.
   */
  <R> R validate(byte[] json, int length, ResultHandler<R> handler);

  /** The runner this validator parses with ({@link Runner#SIMDJSON} or {@link Runner#JACKSON}). */
  Runner runner();

  /** The options it was built with. */
  ValidationOptions options();

  /** Receives a validation result and, for a valid document, its tape. */
  @FunctionalInterface
  interface ResultHandler<R> {

    /**
     * @param result the result
     * @param tape the parsed document when {@code result} is valid, else {@code null}; do not keep it
     */
    R handle(ValidationResult result, @Nullable JsonTape tape);
  }
}
