package dev.fastpath.validation.binding;

import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON value of a tape into the Java value Jackson would produce for one type usage. Compiled once
 * per DTO type by {@link TapeBinder}; immutable and thread-safe (all per-document state is in the
 * {@link BindState}).
 *
 * @since 0.1.0
 */
public abstract class ValueReader {

  ValueReader() {
  }

  /**
   * Reads the value at {@code index}.
   *
   * @throws BindingException Jackson would refuse the value, or must decide it (only when the document was not
   *     validated first)
   */
  public abstract @Nullable Object read(BindState st, int index);

  /** The value of a record component whose property is absent from the JSON object. */
  @Nullable Object missing() {
    return null;
  }

  static BindingException failure(BindState st) {
    return new BindingException(String.valueOf(st.failure()), st.status() == BindState.DEFER);
  }
}
