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

  /** A set of strings: elements that are all JSON strings are deduplicated by their bytes, without binding. */
  private final boolean stringSet;

  SequenceCheck(TypeModel.Sequence type, Check element, Constraint[] constraints, @Nullable ValueReader reader,
      @Nullable ValueReader elementReader) {
    this.kind = type.kind();
    this.javaName = type.rawClass().getName();
    this.element = element;
    this.constraints = constraints;
    this.reader = reader;
    this.elementReader = elementReader;
    this.floatingArray = type.rawClass() == double[].class || type.rawClass() == float[].class;
    this.stringSet = type.kind().isSet() && type.element() instanceof TypeModel.Scalar scalar
        && scalar.kind() == dev.fastpath.validation.binding.ScalarKind.STRING;
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
    // Pairwise comparison is quadratic: only for small sets (larger ones hash their bound elements).
    if (this.stringSet && tape.count(index) <= 32 && allStrings(tape, index)) {
      checkStringSet(walk, tape, index);
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

  private static boolean allStrings(JsonTape tape, int index) {
    for (int item = index + 1, end = tape.end(index); item < end; item = tape.next(item)) {
      if (tape.type(item) != JsonTape.STRING) {
        return false;
      }
    }
    return true;
  }

  /** A set of strings from JSON strings only: equal strings have equal UTF-8 bytes, so no binding is needed. */
  private void checkStringSet(DtoWalk walk, JsonTape tape, int index) {
    int size = 0;
    int i = 0;
    for (int item = index + 1, end = tape.end(index); item < end; item = tape.next(item), i++) {
      if (isRepeated(tape, index, item)) {
        continue;
      }
      size++;
      walk.pushSetElement(i);
      this.element.check(walk, item);
      walk.pop();
      if (walk.stop()) {
        return;
      }
    }
    checkSize(walk, index, size);
  }

  /** Whether an earlier element of the array at {@code index} has the bytes of the string at {@code item}. */
  private static boolean isRepeated(JsonTape tape, int index, int item) {
    byte[] s = tape.strings();
    int start = tape.stringStart(item);
    int length = tape.stringLength(item);
    for (int earlier = index + 1; earlier < item; earlier = tape.next(earlier)) {
      if (tape.stringLength(earlier) == length) {
        int other = tape.stringStart(earlier);
        if (java.util.Arrays.equals(s, start, start + length, s, other, other + length)) {
          return true;
        }
      }
    }
    return false;
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
