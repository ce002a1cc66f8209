package dev.fastpath.validation.binding;

import org.jspecify.annotations.Nullable;

/** Reads an enum constant through {@link Coercions#coerceEnum}. */
final class EnumReader extends ValueReader {

  private final TypeModel.EnumConstants constants;

  private final String javaName;

  EnumReader(TypeModel.EnumType type) {
    this.constants = type.constants();
    this.javaName = type.rawClass().getName();
  }

  @Override
  public @Nullable Object read(BindState st, int index) {
    int status = Coercions.coerceEnum(this.constants, this.javaName, st, index);
    if (status == BindState.VALUE) {
      return st.object();
    }
    if (status == BindState.NULL) {
      return null;
    }
    throw failure(st);
  }
}
