package dev.fastpath.validation.engine;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.schema.Schema;
import java.util.Objects;

/**
 * The {@link JsonValidator} implementation: a linked program (root {@link Node}) plus the pool of per-thread
 * contexts it parses with. Immutable and thread-safe.
 */
public final class CompiledValidator implements JsonValidator {

  private final Node root;

  private final ValidationOptions options;

  private final Runner runner;

  private final ContextPool pool;

  private CompiledValidator(Node root, ValidationOptions options, Runner runner) {
    this.root = root;
    this.options = options;
    this.runner = runner;
    this.pool = ContextPool.shared(runner, options.maxBodyBytes(), options.maxDepth());
  }

  /**
   * Compiles {@code schema}.
   *
   * @throws dev.fastpath.validation.SchemaException the schema cannot be compiled
   * @throws IllegalStateException {@link Runner#SIMDJSON} was asked for and cannot run here
   */
  public static CompiledValidator create(Schema schema, ValidationOptions options) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(options, "options");
    Node root = ProgramCompiler.compile(schema, options.assertFormats());
    return new CompiledValidator(root, options, RunnerSupport.resolve(options.runner()));
  }

  @Override
  public ValidationResult validate(byte[] json, int length) {
    ValidationContext context = this.pool.acquire();
    try {
      return run(context, json, length);
    } finally {
      this.pool.release(context);
    }
  }

  @Override
  public ValidationResult validate(ValidationContext context, byte[] json, int length) {
    if (!context.fits(this.runner, this.options.maxBodyBytes(), this.options.maxDepth())) {
      throw new IllegalArgumentException("the context was made for other options (runner " + context.runner()
          + "); create it with the validator's options");
    }
    return run(context, json, length);
  }

  @Override
  public <R> R validate(byte[] json, int length, ResultHandler<R> handler) {
    ValidationContext context = this.pool.acquire();
    try {
      ValidationResult result = run(context, json, length);
      return handler.handle(result, result.isValid() ? context.tape : null);
    } finally {
      this.pool.release(context);
    }
  }

  private ValidationResult run(ValidationContext context, byte[] json, int length) {
    Objects.checkFromIndexSize(0, length, json.length);
    try {
      context.parse(json, length);
    } catch (ParseFailure failure) {
      return ValidationResult.jsonError(failure.error());
    } catch (RuntimeException ex) {
      // Bad input must never become a server error, whatever a parser throws for it.
      return ValidationResult.jsonError(new dev.fastpath.validation.JsonError(
          dev.fastpath.validation.JsonError.Kind.MALFORMED, "not a valid JSON document (" + ex.getClass().getSimpleName() + ")", -1));
    }
    Walk walk = context.walk;
    walk.reset(context.tape, this.options.maxViolations(), this.options.clock());
    try {
      this.root.validate(walk, context.tape.root(), true);
    } catch (StackOverflowError ex) {
      // Only a pathological schema/document pair gets here (depth is bounded by maxDepth).
      return ValidationResult.jsonError(DepthScanner.tooDeep(this.options.maxDepth(), -1).error());
    }
    return walk.result();
  }

  @Override
  public Runner runner() {
    return this.runner;
  }

  @Override
  public ValidationOptions options() {
    return this.options;
  }
}
