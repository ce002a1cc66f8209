package dev.fastpath.validation.binding;

import java.lang.reflect.AnnotatedType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of one Java type usage in a DTO (a property's type, a list's element type, ...), as the binder reads
 * it. Each node keeps its {@link AnnotatedType} so that type-use constraints ({@code List<@NotBlank String>})
 * can be read at every level. Built by {@link TypeModels#resolve}.
 *
 * @since 0.1.0
 */
public sealed interface TypeModel {

  /** The type usage with its type annotations. */
  AnnotatedType annotatedType();

  /** The declared raw class ({@code List}, {@code int}, {@code Order}). */
  Class<?> rawClass();

  /** A scalar: string, number, boolean, char, UUID or {@code java.time} value. */
  record Scalar(ScalarKind kind, boolean primitive, Class<?> rawClass, AnnotatedType annotatedType)
      implements TypeModel {
  }

  /** An enum, read by the names Jackson accepts for its constants. */
  record EnumType(EnumConstants constants, Class<?> rawClass, AnnotatedType annotatedType) implements TypeModel {
  }

  /** A JSON array read into a collection or a Java array. */
  record Sequence(SequenceKind kind, TypeModel element, Class<?> rawClass, AnnotatedType annotatedType)
      implements TypeModel {
  }

  /** A JSON object read into a {@code Map<String, V>}. */
  record MapType(MapKind kind, TypeModel value, Class<?> rawClass, AnnotatedType annotatedType)
      implements TypeModel {
  }

  /**
   * {@code Optional<T>} ({@code element} set), or {@code OptionalInt}/{@code OptionalLong}/{@code OptionalDouble}
   * ({@code element} a primitive scalar). JSON {@code null} and a missing property read as empty.
   */
  record OptionalType(TypeModel element, Class<?> rawClass, AnnotatedType annotatedType) implements TypeModel {
  }

  /** A record or POJO read from a JSON object; its properties come from {@link BeanIntrospector}. */
  record Bean(Class<?> rawClass, AnnotatedType annotatedType) implements TypeModel {
  }

  /** How a JSON array is collected, as Jackson picks the implementation for the declared type. */
  enum SequenceKind {
    /** {@code List}, {@code Collection}, {@code Iterable}, {@code ArrayList}: an {@code ArrayList}. */
    ARRAY_LIST,
    /** {@code LinkedList}. */
    LINKED_LIST,
    /** {@code Set}, {@code HashSet}: a {@code HashSet}. */
    HASH_SET,
    /** {@code LinkedHashSet}. */
    LINKED_HASH_SET,
    /** {@code SortedSet}, {@code NavigableSet}, {@code TreeSet}: a {@code TreeSet} in natural order. */
    TREE_SET,
    /** A Java array ({@code String[]}, {@code int[]}). */
    ARRAY;

    /** Whether duplicates collapse (the collection's size can be less than the JSON array's). */
    public boolean isSet() {
      return this == HASH_SET || this == LINKED_HASH_SET || this == TREE_SET;
    }
  }

  /** How a JSON object is collected into a map. */
  enum MapKind {
    /** {@code Map}, {@code LinkedHashMap}: a {@code LinkedHashMap}. */
    LINKED_HASH_MAP,
    /** {@code HashMap}. */
    HASH_MAP,
    /** {@code SortedMap}, {@code NavigableMap}, {@code TreeMap}. */
    TREE_MAP
  }

  /**
   * The constants of an enum and the JSON strings that select them: the {@code @JsonProperty} name, else
   * {@code toString()} (Jackson 3 enables {@code READ_ENUMS_USING_TO_STRING} by default).
   *
   * @param names the accepted JSON string of each constant, by ordinal
   * @param constants the constants, by ordinal
   */
  record EnumConstants(List<String> names, List<Enum<?>> constants) {

    public EnumConstants {
      names = List.copyOf(names);
      constants = List.copyOf(constants);
    }

    /** The constant whose JSON name is {@code name}, or {@code null}. */
    public @Nullable Enum<?> byName(String name) {
      int index = this.names.indexOf(name);
      return index < 0 ? null : this.constants.get(index);
    }
  }
}
