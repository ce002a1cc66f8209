package dev.fastpath.validation.dto;

import dev.fastpath.validation.binding.BindingException;
import dev.fastpath.validation.binding.Coercions;
import dev.fastpath.validation.binding.TypeModel;
import dev.fastpath.validation.binding.ValueReader;
import dev.fastpath.validation.engine.JsonTape;
import java.util.Collection;
import java.util.HashSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A JSON array bound to a list, set or Java array: {@code @Size}/{@code @NotEmpty} on the collection, then each
 * element ({@code items[3]}). A set keeps one element per equal value, as the bound {@code HashSet}/{@code
 * TreeSet} does: its size and its elements (paths {@code tags[]}) are those of the deduplicated set, which needs
 * the elements bound (only sets allocate here).
 */
final class SequenceCheck extends Check {

  private final TypeModel.SequenceKind kind;

  private final String javaName;

  private final Check element;

  private final Constraint[] constraints;

  private final @Nullable ValueReader reader;

  private final @Nullable ValueReader elementReader;

  private final boolean floatingArray;

  SequenceCheck(TypeModel.Sequence type, Check element, Constraint[] constraints, @Nullable ValueReader reader,
      @Nullable ValueReader elementReader) {
    this.kind = type.kind();
    this.javaName = type.rawClass().getName();
    this.element = element;
    this.constraints = constraints;
    this.reader = reader;
    this.elementReader = elementReader;
    this.floatingArray = type.rawClass() == double[].class || type.rawClass() == float[].class;
  }

  @Override
  void check(DtoWalk walk, int index) {
    JsonTape tape = walk.st.tape();
    int token = tape.type(index);
    if (token == JsonTape.NULL) {
      checkNull(walk, this.constraints);
      return;
    }
    if (token != JsonTape.START_ARRAY) {
      if (token == JsonTape.STRING && this.floatingArray) {
        // Jackson 3.1 reads "" and blank strings as an empty double[]/float[] (and misreads others): leave it.
        walk.defer("a string for " + this.javaName);
      } else {
        walk.bindingFailure(index, "cannot bind " + Coercions.describe(token) + " to " + this.javaName);
      }
      return;
    }
    if (this.kind.isSet()) {
      checkSet(walk, tape, index);
      return;
    }
    checkSize(walk, index, tape.count(index));
    int i = 0;
    for (int item = index + 1, end = tape.end(index); item < end; item = tape.next(item), i++) {
      walk.pushIndex(i);
      this.element.check(walk, item);
      walk.pop();
      if (walk.stop()) {
        return;
      }
    }
  }

  private void checkSize(DtoWalk walk, int index, int size) {
    for (Constraint constraint : this.constraints) {
      if (!constraint.testSize(size)) {
        walk.violation(constraint, read(this.reader, walk, index));
      }
    }
  }

  private void checkSet(DtoWalk walk, JsonTape tape, int index) {
    Collection<Object> seen = this.kind == TypeModel.SequenceKind.TREE_SET ? new TreeSet<>() : new HashSet<>();
    int i = 0;
    for (int item = index + 1, end = tape.end(index); item < end; item = tape.next(item), i++) {
      Object value;
      walk.pushSetElement(i);
      try {
        value = this.elementReader.read(walk.st, item);
        if (value == null && this.kind == TypeModel.SequenceKind.TREE_SET) {
          walk.bindingFailure(item, "a sorted set cannot hold null");
        }
      } catch (BindingException ex) {
        if (ex.deferred()) {
          walk.defer(ex.getMessage());
        } else {
          walk.bindingFailure(item, ex.getMessage());
        }
        value = null;
      }
      if (!walk.stop() && seen.add(value)) {
        this.element.check(walk, item);
      }
      walk.pop();
      if (walk.stop()) {
        return;
      }
    }
    checkSize(walk, index, seen.size());
  }

  @Override
  void checkValue(DtoWalk walk, @Nullable Object value) {
    checkLoaded(walk, this.constraints, value);
  }
}
