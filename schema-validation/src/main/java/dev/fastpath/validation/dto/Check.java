package dev.fastpath.validation.dto;

import dev.fastpath.validation.binding.BindState;
import dev.fastpath.validation.binding.Coercions;
import dev.fastpath.validation.binding.ScalarKind;
import dev.fastpath.validation.binding.TypeModel;
import dev.fastpath.validation.binding.ValueReader;
import dev.fastpath.validation.engine.JsonTape;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One compiled type usage of a DTO: checks the JSON value at a tape index as Jackson would bind it (reporting
 * a binding failure, or deferring shapes we do not mirror) and as Hibernate Validator would validate the bound
 * value. Linked once by {@link DtoCompiler}, immutable and thread-safe afterwards.
 */
abstract class Check {

  /** Checks the value at {@code index}. */
  abstract void check(DtoWalk walk, int index);

  /**
   * Checks a Java value that did not come from the document: what an absent property holds ({@code null}, an
   * empty {@code Optional}, a POJO's initial value). Only this usage's own constraints run; the compiler refuses
   * initial values whose content would need validating.
   */
  abstract void checkValue(DtoWalk walk, @Nullable Object value);

  /** Runs {@code constraints} on a loaded Java value. */
  static void checkLoaded(DtoWalk walk, Constraint[] constraints, @Nullable Object value) {
    if (value == null) {
      checkNull(walk, constraints);
      return;
    }
    int size = PropertyCheck.sizeOf(value);
    BindState st = walk.st;
    st.load(value);
    for (Constraint constraint : constraints) {
      boolean valid = size >= 0 ? constraint.testSize(size) : constraint.test(st, walk);
      if (!valid) {
        walk.violation(constraint, value);
      }
    }
  }

  /** Reports the constraints that {@code null} violates. */
  static void checkNull(DtoWalk walk, Constraint[] constraints) {
    for (Constraint constraint : constraints) {
      if (!constraint.acceptsNull()) {
        walk.violation(constraint, null);
      }
    }
  }

  /** The bound value at {@code index} for a violation's rejected value, or {@code null} when it cannot be read. */
  static @Nullable Object read(@Nullable ValueReader reader, DtoWalk walk, int index) {
    if (reader == null) {
      return null;
    }
    try {
      return reader.read(walk.st, index);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** A scalar: coerced with {@link Coercions}, then its constraints. */
  static final class ScalarCheck extends Check {

    private final TypeModel.Scalar type;

    private final ScalarKind kind;

    private final ZoneId zone;

    private final Constraint[] constraints;

    ScalarCheck(TypeModel.Scalar type, ZoneId zone, Constraint[] constraints) {
      this.type = type;
      this.kind = type.kind();
      this.zone = zone;
      this.constraints = constraints;
    }

    @Override
    void check(DtoWalk walk, int index) {
      BindState st = walk.st;
      switch (Coercions.coerce(this.type, this.zone, st, index)) {
        case BindState.VALUE -> {
          for (Constraint constraint : this.constraints) {
            if (!constraint.test(st, walk)) {
              walk.violation(constraint, Coercions.box(this.kind, st));
            }
          }
        }
        case BindState.NULL -> checkNull(walk, this.constraints);
        case BindState.FAIL -> walk.bindingFailure(index, String.valueOf(st.failure()));
        default -> walk.defer(String.valueOf(st.failure()));
      }
    }

    @Override
    void checkValue(DtoWalk walk, @Nullable Object value) {
      checkLoaded(walk, this.constraints, value);
    }
  }

  /** An enum constant; only {@code @NotNull}/{@code @Null} apply. */
  static final class EnumCheck extends Check {

    private final TypeModel.EnumConstants constants;

    private final String javaName;

    private final Constraint[] constraints;

    EnumCheck(TypeModel.EnumType type, Constraint[] constraints) {
      this.constants = type.constants();
      this.javaName = type.rawClass().getName();
      this.constraints = constraints;
    }

    @Override
    void check(DtoWalk walk, int index) {
      BindState st = walk.st;
      switch (Coercions.coerceEnum(this.constants, this.javaName, st, index)) {
        case BindState.VALUE -> {
          for (Constraint constraint : this.constraints) {
            if (!constraint.test(st, walk)) {
              walk.violation(constraint, st.object());
            }
          }
        }
        case BindState.NULL -> checkNull(walk, this.constraints);
        case BindState.FAIL -> walk.bindingFailure(index, String.valueOf(st.failure()));
        default -> walk.defer(String.valueOf(st.failure()));
      }
    }

    @Override
    void checkValue(DtoWalk walk, @Nullable Object value) {
      checkLoaded(walk, this.constraints, value);
    }
  }

  /** A bean-typed usage: its own {@code @NotNull}/{@code @Null}, then the (shared) bean check. */
  static final class BeanUsageCheck extends Check {

    private final Constraint[] constraints;

    final BeanCheck bean;

    private final @Nullable ValueReader reader;

    BeanUsageCheck(Constraint[] constraints, BeanCheck bean, @Nullable ValueReader reader) {
      this.constraints = constraints;
      this.bean = bean;
      this.reader = reader;
    }

    @Override
    void check(DtoWalk walk, int index) {
      int token = walk.st.tape().type(index);
      if (token == JsonTape.NULL) {
        checkNull(walk, this.constraints);
        return;
      }
      if (token == JsonTape.START_OBJECT) {
        for (Constraint constraint : this.constraints) {
          if (!constraint.test(walk.st, walk)) {
            walk.violation(constraint, read(this.reader, walk, index));
          }
        }
      }
      this.bean.check(walk, index);
    }

    @Override
    void checkValue(DtoWalk walk, @Nullable Object value) {
      checkLoaded(walk, this.constraints, value);
    }
  }

  /**
   * {@code Optional<T>}: constraints declared on the property apply to the {@code Optional} itself (Hibernate
   * Validator's {@code Optional} extractor is not {@code @UnwrapByDefault}, unlike {@code OptionalInt}'s), which
   * Jackson never leaves {@code null}; type-argument constraints and {@code @Valid} apply to the content, with an
   * empty {@code Optional} seen as {@code null}.
   */
  static final class OptionalCheck extends Check {

    private final Constraint[] constraints;

    private final Check content;

    private final @Nullable ValueReader reader;

    OptionalCheck(Constraint[] constraints, Check content, @Nullable ValueReader reader) {
      this.constraints = constraints;
      this.content = content;
      this.reader = reader;
    }

    @Override
    void check(DtoWalk walk, int index) {
      for (Constraint constraint : this.constraints) {
        if (!constraint.test(walk.st, walk)) {
          walk.violation(constraint, read(this.reader, walk, index));
        }
      }
      this.content.check(walk, index);
    }

    @Override
    void checkValue(DtoWalk walk, @Nullable Object value) {
      checkLoaded(walk, this.constraints, value);
      if (value != null) {
        this.content.checkValue(walk, PropertyCheck.unwrap(value));
      }
    }
  }
}
