package dev.fastpath.validation.binding;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Reads a scalar through {@link Coercions}, boxing the slot. */
final class ScalarReader extends ValueReader {

  private final TypeModel.Scalar type;

  private final ScalarKind kind;

  private final ZoneId zone;

  ScalarReader(TypeModel.Scalar type, ZoneId zone) {
    this.type = type;
    this.kind = type.kind();
    this.zone = zone;
  }

  @Override
  public @Nullable Object read(BindState st, int index) {
    int status = Coercions.coerce(this.type, this.zone, st, index);
    if (status == BindState.VALUE) {
      return Coercions.box(this.kind, st);
    }
    if (status == BindState.NULL) {
      return null;
    }
    throw failure(st);
  }

  @Override
  @Nullable Object missing() {
    if (this.type.primitive()) {
      // Jackson 3: a missing creator property is null, which FAIL_ON_NULL_FOR_PRIMITIVES refuses.
      throw new BindingException(Coercions.nullForPrimitive(this.type.kind().javaName(true)), false);
    }
    return null;
  }
}
