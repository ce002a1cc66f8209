package dev.fastpath.validation.engine;

import dev.fastpath.validation.JsonError;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.ValidationOptions;
import org.simdjson.JsonParsingException;

/**
 * Per-thread parsing and walking state: a parser (simdjson-java's, sized from the body limit, or Jackson's), the
 * tape it fills, and the walk's scratch space. Not thread-safe: use one per thread. Validators take one from a
 * shared pool by themselves ({@code ThreadLocal} on platform threads such as event loops, a bounded pool on
 * virtual threads so that thousands of them do not each hold a parser); callers that manage threads themselves
 * can create one with {@link #create} and pass it to {@code JsonValidator.validate(context, ...)}.
 *
 * <p>Memory: a simdjson context holds about 21 bytes per byte of {@code maxBodyBytes} (1 MiB bodies: ~21 MiB).
 *
 * @since 0.1.0
 */
public final class ValidationContext {

  private final Runner runner;

  private final int maxBodyBytes;

  private final int maxDepth;

  private final SimdJsonTapeParser simdjson;

  private JacksonTapeParser jackson;

  private final TapeScan scan = new TapeScan();

  final JsonTape tape = new JsonTape(new long[0], new byte[0]);

  final Walk walk = new Walk(this.tape);

  /** Set while a validation runs, so that a nested call on the same thread takes another context. */
  boolean inUse;

  ValidationContext(Runner resolvedRunner, int maxBodyBytes, int maxDepth) {
    this.runner = resolvedRunner;
    this.maxBodyBytes = maxBodyBytes;
    this.maxDepth = maxDepth;
    this.simdjson = resolvedRunner == Runner.SIMDJSON ? new SimdJsonTapeParser(maxBodyBytes, maxDepth) : null;
  }

  /** A context for validators built with {@code options} (same runner and limits), owned by the caller. */
  public static ValidationContext create(ValidationOptions options) {
    return new ValidationContext(RunnerSupport.resolve(options.runner()), options.maxBodyBytes(),
        options.maxDepth());
  }

  /** The runner this context parses with ({@link Runner#SIMDJSON} or {@link Runner#JACKSON}). */
  public Runner runner() {
    return this.runner;
  }

  boolean fits(Runner resolvedRunner, int maxBodyBytes, int maxDepth) {
    return this.runner == resolvedRunner && this.maxBodyBytes == maxBodyBytes && this.maxDepth == maxDepth;
  }

  /**
   * Parses into {@link #tape}.
   *
   * @throws ParseFailure the bytes are not an acceptable document
   */
  void parse(byte[] json, int length) {
    if (length > this.maxBodyBytes) {
      throw new ParseFailure(JsonError.Kind.TOO_LARGE,
          "the document is " + length + " bytes long, more than the limit of " + this.maxBodyBytes, -1);
    }
    if (this.simdjson == null) {
      jackson().parse(json, length, this.tape);
      return;
    }
    try {
      this.simdjson.parse(json, length, this.tape);
    } catch (RuntimeException ex) {
      // simdjson-java gives no positions: ask Jackson where the (first) problem is, so that both runners report
      // the same one. Jackson also reads integers beyond 64 bits, which simdjson-java refuses; for those (only)
      // Jackson's tape is used.
      jackson().parse(json, length, this.tape);
      if (ex instanceof ParseFailure depth) {
        throw depth;
      }
      if (!(ex instanceof JsonParsingException) || ex.getMessage() == null
          || !ex.getMessage().contains("out of long range")) {
        throw new ParseFailure(JsonError.Kind.MALFORMED, "not a valid JSON document: " + ex.getMessage(), -1);
      }
    }
    if (!this.scan.acceptable(this.tape, this.maxDepth)) {
      jackson().parse(json, length, this.tape);
      throw new ParseFailure(JsonError.Kind.MALFORMED, "not an acceptable JSON document", -1);
    }
  }

  private JacksonTapeParser jackson() {
    if (this.jackson == null) {
      this.jackson = new JacksonTapeParser(this.maxBodyBytes, this.maxDepth);
    }
    return this.jackson;
  }
}
