package dev.fastpath.validation.dto;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.binding.BindingException;
import dev.fastpath.validation.binding.ValueReader;
import dev.fastpath.validation.engine.JsonTape;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DTO class compiled by {@link DtoCompiler}: validates request bodies as Jackson binding plus Hibernate
 * Validator would, and binds them from the same parse. Immutable and thread-safe; per-thread parsers and
 * scratch state are pooled.
 *
 * <p>The Spring layer's use: {@link #validateAndBind} per request, then by outcome: {@code Bound} → invoke (and,
 * when {@link #requiresBeanValidationFallback()}, also run the application's {@code Validator} on the value);
 * {@code Validated} → bind with Jackson (this type has no binder, see {@link #binderUnsupportedReason()}), no
 * further validation needed unless the fallback flag is set; {@code Invalid} → 400 (binding failure or
 * constraint violations); {@code Rejected} → 400/413; {@code Deferred} → bind with Jackson and validate with the
 * {@code Validator}, exactly as Spring MVC would.
 *
 * @param <T> the DTO type
 * @since 0.1.0
 */
public final class DtoSchema<T> {

  private static final BindResult<?> VALIDATED = new BindResult.Validated<>();

  private final Class<T> type;

  private final BeanCheck root;

  private final @Nullable ValueReader binder;

  private final @Nullable String binderUnsupported;

  private final JsonValidator parser;

  private final DtoOptions options;

  private final List<String> fallbackReasons;

  /** Whether the compiled DTO has no constraints at all (binding only). */
  private final boolean bindOnly;
  DtoSchema(Class<T> type, BeanCheck root, @Nullable ValueReader binder, @Nullable String binderUnsupported,
      JsonValidator parser, DtoOptions options, List<String> fallbackReasons, boolean bindOnly) {
    this.type = type;
    this.root = root;
    this.binder = binder;
    this.binderUnsupported = binderUnsupported;
    this.parser = parser;
    this.options = options;
    this.fallbackReasons = List.copyOf(fallbackReasons);
    this.bindOnly = bindOnly;
  }

  /** The DTO class. */
  public Class<T> type() {
    return this.type;
  }

  /** The options it was compiled with. */
  public DtoOptions options() {
    return this.options;
  }

  /**
   * Whether some constraints were not compiled (custom or class-level constraints, groups, payloads accepted with
   * {@link DtoOptions#beanValidationFallback()}): run a Bean Validation provider on the bound object too.
   */
  public boolean requiresBeanValidationFallback() {
    return !this.fallbackReasons.isEmpty();
  }

  /** What the fallback provider must check, one line per skipped constraint. */
  public List<String> fallbackReasons() {
    return this.fallbackReasons;
  }

  /** Whether {@link #validateAndBind} builds the object (else it answers {@code Validated}: bind with Jackson). */
  public boolean hasBinder() {
    return this.binder != null;
  }

  /** Why there is no binder, or {@code null}. */
  public @Nullable String binderUnsupportedReason() {
    return this.binderUnsupported;
  }

  /**
   * Validates {@code json[0, length)} and, when valid, binds it from the same parse.
   *
   * @return {@code Bound}, or {@code Validated} without a binder, or why not; never throws for bad input
   */
  public BindResult<T> validateAndBind(byte[] json, int length) {
    return run(json, length, true);
  }

  /** Validates only: {@code Validated} instead of {@code Bound}. */
  public BindResult<T> validate(byte[] json, int length) {
    return run(json, length, false);
  }

  private BindResult<T> run(byte[] json, int length, boolean bind) {
    // The walk is the result handler, so that a call allocates nothing for valid input (no capturing lambda).
    DtoWalk walk = WalkPool.SHARED.acquire();
    try {
      walk.prepare(this, json, length, bind);
      @SuppressWarnings("unchecked")
      BindResult<T> result = (BindResult<T>) this.parser.validate(json, length, walk);
      return result;
    } finally {
      walk.st.clear();
      walk.prepare(null, null, 0, false);
      WalkPool.SHARED.release(walk);
    }
  }

  /** Called by the walk with the parsed tape ({@code null} when the bytes are not acceptable JSON). */
  BindResult<T> handle(DtoWalk walk, ValidationResult result, @Nullable JsonTape tape, byte[] json, int length,
      boolean bind) {
    if (tape == null) {
      return new BindResult.Rejected<>(result.jsonError());
    }
    return walk(walk, tape, json, length, bind);
  }

  private BindResult<T> walk(DtoWalk walk, JsonTape tape, byte[] json, int length, boolean bind) {
    walk.reset(tape, json, length, this.options.validation().maxViolations(), this.options.clock());
    if (bind && this.bindOnly && this.binder != null) {
      // Nothing to validate: bind directly; the binder meets binding failures with the same coercions, and the
      // walk runs only then, to report where.
      try {
        return new BindResult.Bound<>(this.type.cast(this.binder.read(walk.st, tape.root())));
      } catch (BindingException ex) {
        if (ex.construction()) {
          return constructionFailure(ex);
        }
        walk.reset(tape, json, length, this.options.validation().maxViolations(), this.options.clock());
      }
    }
    try {
      this.root.check(walk, tape.root());
    } catch (StackOverflowError ex) {
      return new BindResult.Deferred<>("nesting too deep for the precompiled validator");
    } catch (RuntimeException ex) {
      // A bug here must not become a 500: Jackson and the Validator still give the right answer.
      return new BindResult.Deferred<>("the precompiled validator failed: " + ex);
    }
    if (walk.deferReason() != null) {
      return new BindResult.Deferred<>(walk.deferReason());
    }
    if (walk.hasViolations()) {
      if (!walk.bindingFailed() && this.binder != null) {
        // Spring binds before it validates: a constructor or setter that throws (a record's compact constructor
        // checking its arguments) wins over the violations. Only invalid documents pay for this.
        try {
          this.binder.read(walk.st, tape.root());
        } catch (BindingException ex) {
          if (ex.construction()) {
            return constructionFailure(ex);
          }
        } catch (RuntimeException ex) {
          // the violations stand
        }
      }
      return new BindResult.Invalid<>(walk.violations(), walk.truncated());
    }
    if (!bind || this.binder == null) {
      @SuppressWarnings("unchecked")
      BindResult<T> validated = (BindResult<T>) VALIDATED;
      return validated;
    }
    try {
      return new BindResult.Bound<>(this.type.cast(this.binder.read(walk.st, tape.root())));
    } catch (BindingException ex) {
      if (ex.construction()) {
        return constructionFailure(ex);
      }
      // The walk and the binder share their coercions, so this means a bug; Jackson decides instead.
      return new BindResult.Deferred<>("binder disagreed with the validator: " + ex.getMessage());
    }
  }

  /**
   * A constructor or setter of the DTO threw: Jackson reports a binding failure (Spring MVC: 400,
   * {@code HttpMessageNotReadableException}). Reported at the body, as we do not know which value it refused.
   */
  private BindResult<T> constructionFailure(BindingException ex) {
    return new BindResult.Invalid<>(List.of(new DtoViolation(DtoViolation.Kind.BINDING,
        dev.fastpath.validation.JsonPointer.ROOT, "", DtoViolation.TYPE_MISMATCH, String.valueOf(ex.getMessage()),
        null, null)), false);
  }

  @Override
  public String toString() {
    return "DtoSchema[" + this.type.getName() + (this.binder != null ? ", binder" : ", no binder")
        + (requiresBeanValidationFallback() ? ", bean validation fallback" : "") + "]";
  }
}
