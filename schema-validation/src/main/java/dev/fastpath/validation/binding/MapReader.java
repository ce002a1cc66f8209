package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Reads a JSON object into a {@code Map<String, V>} of the kind Jackson picks ({@code LinkedHashMap} for {@code Map}). */
final class MapReader extends ValueReader {

  private final TypeModel.MapKind kind;

  private final ValueReader value;

  private final String javaName;

  MapReader(TypeModel.MapType type, ValueReader value) {
    this.kind = type.kind();
    this.value = value;
    this.javaName = type.rawClass().getName();
  }

  @Override
  public @Nullable Object read(BindState st, int index) {
    JsonTape tape = st.tape();
    int token = tape.type(index);
    if (token == JsonTape.NULL) {
      return null;
    }
    if (token != JsonTape.START_OBJECT) {
      throw new BindingException(Coercions.mismatch(token, this.javaName), false);
    }
    Map<String, Object> map = switch (this.kind) {
      case LINKED_HASH_MAP -> new LinkedHashMap<>();
      case HASH_MAP -> new HashMap<>();
      case TREE_MAP -> new TreeMap<>();
    };
    for (int key = index + 1, end = tape.end(index); key < end; key = tape.next(key + 1)) {
      map.put(tape.string(key), this.value.read(st, key + 1));
    }
    return map;
  }
}
