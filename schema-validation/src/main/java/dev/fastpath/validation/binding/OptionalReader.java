package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code Optional<T>}, {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}: JSON
 * {@code null}, a value that coerces to {@code null} and a missing property all read as empty (Jackson's
 * reference-type deserializers).
 */
final class OptionalReader extends ValueReader {

  private final Class<?> optionalType;

  private final ValueReader element;

  OptionalReader(Class<?> optionalType, ValueReader element) {
    this.optionalType = optionalType;
    this.element = element;
  }

  @Override
  public Object read(BindState st, int index) {
    if (st.tape().type(index) == JsonTape.NULL) {
      return empty();
    }
    return wrap(this.element.read(st, index));
  }

  @Override
  Object missing() {
    return empty();
  }

  Object wrap(@Nullable Object value) {
    if (value == null) {
      return empty();
    }
    if (this.optionalType == OptionalInt.class) {
      return OptionalInt.of((Integer) value);
    }
    if (this.optionalType == OptionalLong.class) {
      return OptionalLong.of((Long) value);
    }
    if (this.optionalType == OptionalDouble.class) {
      return OptionalDouble.of((Double) value);
    }
    return Optional.of(value);
  }

  private Object empty() {
    if (this.optionalType == OptionalInt.class) {
      return OptionalInt.empty();
    }
    if (this.optionalType == OptionalLong.class) {
      return OptionalLong.empty();
    }
    if (this.optionalType == OptionalDouble.class) {
      return OptionalDouble.empty();
    }
    return Optional.empty();
  }
}
