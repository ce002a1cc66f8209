package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON array into the collection Jackson picks for the declared type ({@code ArrayList} for
 * {@code List}/{@code Collection}, {@code HashSet} for {@code Set}, {@code TreeSet} for {@code SortedSet} ...) or a
 * Java array. Anything but an array or {@code null} fails ({@code ACCEPT_SINGLE_VALUE_AS_ARRAY} is off).
 */
final class SequenceReader extends ValueReader {

  private final TypeModel.SequenceKind kind;

  private final ValueReader element;

  private final Class<?> component;

  private final String javaName;

  SequenceReader(TypeModel.Sequence type, ValueReader element) {
    this.kind = type.kind();
    this.element = element;
    this.component = type.rawClass().isArray() ? type.rawClass().getComponentType() : Object.class;
    this.javaName = type.rawClass().getName();
  }

  @Override
  public @Nullable Object read(BindState st, int index) {
    JsonTape tape = st.tape();
    int token = tape.type(index);
    if (token == JsonTape.NULL) {
      return null;
    }
    if (token != JsonTape.START_ARRAY) {
      boolean floating = this.component == double.class || this.component == float.class;
      throw new BindingException(Coercions.mismatch(token, this.javaName), floating && token == JsonTape.STRING);
    }
    if (this.kind == TypeModel.SequenceKind.ARRAY) {
      return readArray(st, tape, index);
    }
    Collection<Object> values = switch (this.kind) {
      case ARRAY_LIST -> new ArrayList<>(tape.count(index));
      case LINKED_LIST -> new LinkedList<>();
      case HASH_SET -> new HashSet<>();
      case LINKED_HASH_SET -> new LinkedHashSet<>();
      default -> new TreeSet<>();
    };
    boolean sorted = this.kind == TypeModel.SequenceKind.TREE_SET;
    for (int i = index + 1, end = tape.end(index); i < end; i = tape.next(i)) {
      Object value = this.element.read(st, i);
      if (value == null && sorted) {
        throw new BindingException("a sorted set cannot hold null", false);
      }
      values.add(value);
    }
    return values;
  }

  private Object readArray(BindState st, JsonTape tape, int index) {
    Object array = Array.newInstance(this.component, tape.count(index));
    int n = 0;
    for (int i = index + 1, end = tape.end(index); i < end; i = tape.next(i)) {
      Object value = this.element.read(st, i);
      if (this.component.isPrimitive()) {
        // Primitive element readers fail on null (FAIL_ON_NULL_FOR_PRIMITIVES), so value is a box.
        switch (value) {
          case Integer v -> ((int[]) array)[n] = v;
          case Long v -> ((long[]) array)[n] = v;
          case Double v -> ((double[]) array)[n] = v;
          case Float v -> ((float[]) array)[n] = v;
          case Short v -> ((short[]) array)[n] = v;
          case Boolean v -> ((boolean[]) array)[n] = v;
          default -> Array.set(array, n, value);
        }
      } else {
        ((Object[]) array)[n] = value;
      }
      n++;
    }
    return array;
  }
}
