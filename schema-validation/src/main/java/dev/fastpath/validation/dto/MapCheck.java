package dev.fastpath.validation.dto;

import dev.fastpath.validation.binding.Coercions;
import dev.fastpath.validation.binding.TypeModel;
import dev.fastpath.validation.binding.ValueReader;
import dev.fastpath.validation.engine.JsonTape;
import org.jspecify.annotations.Nullable;

/** A JSON object bound to a {@code Map<String, V>}: {@code @Size}/{@code @NotEmpty}, then each value ({@code map[key]}). */
final class MapCheck extends Check {

  private final String javaName;

  private final Check value;

  private final Constraint[] constraints;

  private final @Nullable ValueReader reader;

  MapCheck(TypeModel.MapType type, Check value, Constraint[] constraints, @Nullable ValueReader reader) {
    this.javaName = type.rawClass().getName();
    this.value = value;
    this.constraints = constraints;
    this.reader = reader;
  }

  @Override
  void check(DtoWalk walk, int index) {
    JsonTape tape = walk.st.tape();
    int token = tape.type(index);
    if (token == JsonTape.NULL) {
      checkNull(walk, this.constraints);
      return;
    }
    if (token != JsonTape.START_OBJECT) {
      walk.bindingFailure(index, "cannot bind " + Coercions.describe(token) + " to " + this.javaName);
      return;
    }
    int size = tape.count(index);
    for (Constraint constraint : this.constraints) {
      if (!constraint.testSize(size)) {
        walk.violation(constraint, read(this.reader, walk, index));
      }
    }
    for (int key = index + 1, end = tape.end(index); key < end; key = tape.next(key + 1)) {
      walk.pushMapKey(key);
      this.value.check(walk, key + 1);
      walk.pop();
      if (walk.stop()) {
        return;
      }
    }
  }

  @Override
  void checkValue(DtoWalk walk, @Nullable Object value) {
    checkLoaded(walk, this.constraints, value);
  }
}
