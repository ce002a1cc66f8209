package dev.fastpath.validation.binding;

import dev.fastpath.validation.UnsupportedSchemaException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a Java type usage into a {@link TypeModel}, or refuses it with the location named. Supported: the
 * {@link ScalarKind scalars}, enums, {@code List}/{@code Collection}/{@code Set} and their usual implementations,
 * object and primitive arrays (not {@code byte[]}/{@code char[]}, which Jackson reads from strings), {@code
 * Map<String, V>}, {@code Optional<T>}/{@code OptionalInt}/{@code OptionalLong}/{@code OptionalDouble}, and records
 * and POJOs of the application.
 *
 * @since 0.1.0
 */
public final class TypeModels {

  private static final Map<Class<?>, TypeModel.SequenceKind> SEQUENCES = Map.ofEntries(
      Map.entry(List.class, TypeModel.SequenceKind.ARRAY_LIST),
      Map.entry(Collection.class, TypeModel.SequenceKind.ARRAY_LIST),
      Map.entry(Iterable.class, TypeModel.SequenceKind.ARRAY_LIST),
      Map.entry(ArrayList.class, TypeModel.SequenceKind.ARRAY_LIST),
      Map.entry(LinkedList.class, TypeModel.SequenceKind.LINKED_LIST),
      Map.entry(Set.class, TypeModel.SequenceKind.HASH_SET),
      Map.entry(HashSet.class, TypeModel.SequenceKind.HASH_SET),
      Map.entry(LinkedHashSet.class, TypeModel.SequenceKind.LINKED_HASH_SET),
      Map.entry(SortedSet.class, TypeModel.SequenceKind.TREE_SET),
      Map.entry(NavigableSet.class, TypeModel.SequenceKind.TREE_SET),
      Map.entry(TreeSet.class, TypeModel.SequenceKind.TREE_SET));

  private static final Map<Class<?>, TypeModel.MapKind> MAPS = Map.of(
      Map.class, TypeModel.MapKind.LINKED_HASH_MAP,
      LinkedHashMap.class, TypeModel.MapKind.LINKED_HASH_MAP,
      HashMap.class, TypeModel.MapKind.HASH_MAP,
      SortedMap.class, TypeModel.MapKind.TREE_MAP,
      NavigableMap.class, TypeModel.MapKind.TREE_MAP,
      TreeMap.class, TypeModel.MapKind.TREE_MAP);

  private TypeModels() {
  }

  /**
   * The model of a type usage.
   *
   * @param type the type usage with its annotations
   * @param location the class and property, for messages
   * @throws UnsupportedSchemaException the type is not supported
   */
  public static TypeModel resolve(AnnotatedType type, String location) {
    if (type instanceof AnnotatedWildcardType wildcard) {
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      if (wildcard.getAnnotatedLowerBounds().length > 0 || upper.length != 1) {
        throw unsupported(type.getType(), location, "only '? extends T' wildcards are supported");
      }
      return resolve(upper[0], location);
    }
    if (type instanceof AnnotatedArrayType array) {
      // A generic array (T[] or List<X>[]).
      return sequence(TypeModel.SequenceKind.ARRAY, array.getAnnotatedGenericComponentType(),
          rawClass(type.getType(), location), type, location);
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      return parameterized(parameterized, location);
    }
    if (!(type.getType() instanceof Class<?> raw)) {
      throw unsupported(type.getType(), location, "type variables are not supported; use a concrete type");
    }
    return plain(raw, type, location);
  }

  private static TypeModel plain(Class<?> raw, AnnotatedType type, String location) {
    ScalarKind scalar = ScalarKind.of(raw);
    if (scalar != null) {
      return new TypeModel.Scalar(scalar, raw.isPrimitive(), raw, type);
    }
    if (raw.isEnum()) {
      return new TypeModel.EnumType(enumConstants(raw, location), raw, type);
    }
    if (raw.isArray()) {
      Class<?> component = raw.getComponentType();
      if (component == byte.class || component == char.class) {
        throw unsupported(raw, location, "Jackson reads byte[] and char[] from strings");
      }
      AnnotatedType element = type instanceof AnnotatedArrayType array
          ? array.getAnnotatedGenericComponentType() : new PlainAnnotatedType(component);
      return sequence(TypeModel.SequenceKind.ARRAY, element, raw, type, location);
    }
    if (raw == OptionalInt.class || raw == OptionalLong.class || raw == OptionalDouble.class) {
      Class<?> primitive = raw == OptionalInt.class ? int.class : raw == OptionalLong.class ? long.class : double.class;
      return new TypeModel.OptionalType(
          new TypeModel.Scalar(ScalarKind.of(primitive), true, primitive, new PlainAnnotatedType(primitive)), raw,
          type);
    }
    if (SEQUENCES.containsKey(raw) || MAPS.containsKey(raw) || raw == Optional.class) {
      throw unsupported(raw, location, "raw " + raw.getSimpleName() + " without a type argument");
    }
    checkBeanClass(raw, location);
    return new TypeModel.Bean(raw, type);
  }

  private static TypeModel parameterized(AnnotatedParameterizedType type, String location) {
    Class<?> raw = rawClass(type.getType(), location);
    AnnotatedType[] arguments = type.getAnnotatedActualTypeArguments();
    TypeModel.SequenceKind sequence = SEQUENCES.get(raw);
    if (sequence != null) {
      return sequence(sequence, arguments[0], raw, type, location);
    }
    TypeModel.MapKind map = MAPS.get(raw);
    if (map != null) {
      TypeModel key = resolve(arguments[0], location);
      if (!(key instanceof TypeModel.Scalar scalar) || scalar.kind() != ScalarKind.STRING) {
        throw unsupported(type.getType(), location, "only maps with String keys are supported");
      }
      if (hasAnnotations(arguments[0])) {
        throw new UnsupportedSchemaException("constraints on map keys", location, "not supported");
      }
      return new TypeModel.MapType(map, resolve(arguments[1], location), raw, type);
    }
    if (raw == Optional.class) {
      return new TypeModel.OptionalType(resolve(arguments[0], location), raw, type);
    }
    throw unsupported(type.getType(), location, "generic types other than collections, maps and Optional");
  }

  private static TypeModel sequence(TypeModel.SequenceKind kind, AnnotatedType element, Class<?> raw,
      AnnotatedType type, String location) {
    TypeModel elementModel = resolve(element, location);
    if (kind == TypeModel.SequenceKind.ARRAY && (raw.getComponentType() == byte.class || raw.getComponentType() == char.class)) {
      throw unsupported(raw, location, "Jackson reads byte[] and char[] from strings");
    }
    if (elementModel instanceof TypeModel.OptionalType) {
      throw unsupported(type.getType(), location, "Optional elements are not supported");
    }
    if (kind == TypeModel.SequenceKind.TREE_SET && !Comparable.class.isAssignableFrom(boxed(elementModel.rawClass()))) {
      throw unsupported(type.getType(), location, "a sorted set needs Comparable elements");
    }
    return new TypeModel.Sequence(kind, elementModel, raw, type);
  }

  private static Class<?> boxed(Class<?> type) {
    ScalarKind kind = ScalarKind.of(type);
    return kind != null ? kind.boxedType() : type;
  }

  private static boolean hasAnnotations(AnnotatedType type) {
    for (Annotation annotation : type.getAnnotations()) {
      if (!annotation.annotationType().getName().startsWith("org.jspecify")) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> rawClass(Type type, String location) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof java.lang.reflect.GenericArrayType array) {
      return rawClass(array.getGenericComponentType(), location).arrayType();
    }
    throw unsupported(type, location, "type variables are not supported; use a concrete type");
  }

  private static void checkBeanClass(Class<?> raw, String location) {
    String name = raw.getName();
    if (raw.isPrimitive() || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())
        || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")
        || raw == Object.class) {
      throw unsupported(raw, location, "not a record or POJO of the application (Jackson needs a dedicated "
          + "deserializer or polymorphic type information for it)");
    }
    if (raw.getEnclosingClass() != null && !Modifier.isStatic(raw.getModifiers()) && !raw.isRecord()) {
      throw unsupported(raw, location, "a non-static inner class cannot be instantiated by Jackson");
    }
  }

  private static TypeModel.EnumConstants enumConstants(Class<?> raw, String location) {
    checkEnumClass(raw, location);
    List<String> names = new ArrayList<>();
    List<Enum<?>> constants = new ArrayList<>();
    for (Object constant : raw.getEnumConstants()) {
      Enum<?> value = (Enum<?>) constant;
      Field field;
      try {
        field = raw.getField(value.name());
      } catch (NoSuchFieldException ex) {
        throw new IllegalStateException(ex);
      }
      String constantLocation = raw.getName() + "." + value.name();
      JacksonAnnotations.checkSupported(field, constantLocation);
      if (JacksonAnnotations.find(field, "JsonAlias") != null || JacksonAnnotations.find(field, "JsonIgnore") != null) {
        throw new UnsupportedSchemaException("@JsonAlias/@JsonIgnore on an enum constant", constantLocation,
            "not supported");
      }
      String explicit = JacksonAnnotations.explicitName(field);
      names.add(explicit != null ? explicit : value.toString());
      constants.add(value);
    }
    if (new java.util.HashSet<>(names).size() != names.size()) {
      throw new UnsupportedSchemaException("enum names", raw.getName(), "two constants read from the same name");
    }
    return new TypeModel.EnumConstants(names, constants);
  }

  private static void checkEnumClass(Class<?> raw, String location) {
    for (Annotation annotation : raw.getDeclaredAnnotations()) {
      if (JacksonAnnotations.isJackson(annotation)
          && !JacksonAnnotations.HARMLESS.contains(annotation.annotationType().getSimpleName())) {
        throw new UnsupportedSchemaException("@" + annotation.annotationType().getSimpleName(), raw.getName(),
            "annotations on an enum class are not supported");
      }
    }
    for (Method method : raw.getDeclaredMethods()) {
      if (JacksonAnnotations.find(method, "JsonValue") != null || JacksonAnnotations.find(method, "JsonCreator") != null) {
        throw new UnsupportedSchemaException("@JsonValue/@JsonCreator", raw.getName() + "." + method.getName(),
            "enums read through a custom creator or value are not supported (used at " + location + ")");
      }
    }
    for (Field field : raw.getDeclaredFields()) {
      if (!field.isEnumConstant() && JacksonAnnotations.find(field, "JsonValue") != null) {
        throw new UnsupportedSchemaException("@JsonValue", raw.getName() + "." + field.getName(),
            "enums read through a custom value are not supported");
      }
    }
  }

  private static UnsupportedSchemaException unsupported(Type type, String location, String reason) {
    return new UnsupportedSchemaException("type " + type.getTypeName(), location, reason);
  }

  /** An {@link AnnotatedType} without annotations, for element types that have no annotated form. */
  record PlainAnnotatedType(Type getType) implements AnnotatedType {

    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
      return null;
    }

    @Override
    public Annotation[] getAnnotations() {
      return new Annotation[0];
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
      return new Annotation[0];
    }
  }
}
