package dev.fastpath.validation.binding;

import dev.fastpath.validation.UnsupportedSchemaException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The POJO half of {@link BeanIntrospector}: built by the no-argument constructor (any visibility); a property is
 * the union, by name, of a field, a setter ({@code setX}, any visibility) and a public getter ({@code getX},
 * {@code isX} for {@code boolean}); it is written through its setter, else through its field when the field is
 * public or the getter is visible (Jackson's inferred mutators); a property with only a getter is read-only
 * (Jackson 3 turned {@code USE_GETTERS_AS_SETTERS} off). One instance is built at start-up to read the initial
 * values that absent properties keep.
 */
final class PojoIntrospector {

  private PojoIntrospector() {
  }

  static BeanModel introspect(Class<?> type, @Nullable UnaryOperator<String> naming, Set<String> ignoredNames,
      boolean ignoreUnknown, boolean acceptsScalars) {
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor();
    } catch (NoSuchMethodException ex) {
      throw new UnsupportedSchemaException("constructor", type.getName(),
          "a POJO needs a no-argument constructor (creator constructors are supported for records only)");
    }
    BeanIntrospector.checkCreators(type, null);
    MethodHandles.Lookup lookup;
    MethodHandle creator;
    Object prototype;
    try {
      lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      creator = lookup.unreflectConstructor(constructor).asType(MethodType.methodType(Object.class));
      prototype = (Object) creator.invokeExact();
    } catch (Throwable ex) {
      throw new UnsupportedSchemaException("constructor", type.getName(),
          "cannot call the no-argument constructor at start-up: " + ex);
    }
    Map<String, Accessors> byName = collectAccessors(type);
    List<PropertyModel> properties = new ArrayList<>();
    String unsupported = null;
    for (Map.Entry<String, Accessors> entry : byName.entrySet()) {
      PojoProperty property = pojoProperty(type, entry.getKey(), entry.getValue(), naming, ignoredNames, lookup,
          prototype);
      properties.add(property.model());
      if (property.unsupported() != null && unsupported == null) {
        unsupported = property.unsupported();
      }
    }
    return new BeanModel(type, false, properties, ignoredNames, ignoreUnknown, creator, 0, acceptsScalars,
        unsupported);
  }

  /** A POJO property and, when the binder cannot write it, why. */
  private record PojoProperty(PropertyModel model, @Nullable String unsupported) {
  }

  private static PojoProperty pojoProperty(Class<?> type, String implicitName, Accessors accessors,
      @Nullable UnaryOperator<String> naming, Set<String> ignoredNames, MethodHandles.Lookup lookup,
      Object prototype) {
    String location = type.getName() + "." + implicitName;
    List<AnnotatedElement> members = accessors.members();
    for (AnnotatedElement member : members) {
      JacksonAnnotations.checkSupported(member, location);
      BeanIntrospector.refuseMemberIgnoreProperties(member, location);
    }
    boolean explicit = members.stream().anyMatch(m -> JacksonAnnotations.explicitName(m) != null
        || JacksonAnnotations.find(m, "JsonProperty") != null);
    Field field = accessors.field;
    Method setter = accessors.setter;
    Method getter = accessors.getter;
    boolean fieldVisible = field != null && (Modifier.isPublic(field.getModifiers())
        || JacksonAnnotations.find(field, "JsonProperty") != null);
    boolean getterVisible = getter != null;
    List<String> names = BeanIntrospector.jsonNames(implicitName, members, naming, location);
    if (BeanIntrospector.isIgnored(members) && explicit) {
      throw new UnsupportedSchemaException("@JsonIgnore with @JsonProperty", location,
          "Jackson splits such properties; not supported");
    }
    PropertyModel.Mode mode;
    if (BeanIntrospector.isIgnored(members) || ignoredNames.contains(names.get(0))) {
      mode = PropertyModel.Mode.IGNORED;
      ignoredNames.addAll(names);
    } else if (setter != null) {
      mode = PropertyModel.Mode.SETTER;
    } else if (field != null && !Modifier.isTransient(field.getModifiers()) && (fieldVisible || getterVisible)) {
      mode = PropertyModel.Mode.FIELD;
    } else {
      // Read-only: Jackson 3 turned USE_GETTERS_AS_SETTERS off, so even a getter-only collection is not filled.
      mode = PropertyModel.Mode.HIDDEN;
    }
    if (setter != null && field != null && !setter.getGenericParameterTypes()[0].equals(field.getGenericType())) {
      throw new UnsupportedSchemaException("setter " + setter.getName(), location,
          "the setter's parameter type differs from the field's type");
    }
    // The field's (or getter's) type carries the type-use constraints Bean Validation reads.
    java.lang.reflect.AnnotatedType annotated = field != null ? field.getAnnotatedType()
        : getter != null ? getter.getAnnotatedReturnType() : setter.getAnnotatedParameterTypes()[0];
    TypeModel model = TypeModels.resolve(annotated, location);
    List<AnnotatedElement> constrained = new ArrayList<>();
    if (field != null) {
      constrained.add(field);
    }
    if (getter != null) {
      constrained.add(getter);
    }
    MethodHandle mutator = null;
    String unsupported = null;
    try {
      if (mode == PropertyModel.Mode.SETTER) {
        mutator = lookup.unreflect(setter).asType(MethodType.methodType(void.class, Object.class, Object.class));
      } else if (mode == PropertyModel.Mode.FIELD) {
        if (Modifier.isFinal(field.getModifiers())) {
          unsupported = location + " is a final field that Jackson would overwrite reflectively";
        } else {
          mutator = lookup.unreflectSetter(field).asType(MethodType.methodType(void.class, Object.class, Object.class));
        }
      }
    } catch (IllegalAccessException ex) {
      unsupported = "cannot access " + location + ": " + ex.getMessage();
    }
    Object defaultValue = readDefault(accessors, lookup, prototype);
    boolean hasDefault = defaultValue != NO_DEFAULT;
    return new PojoProperty(new PropertyModel(implicitName, mode.equals(PropertyModel.Mode.IGNORED)
        || mode.equals(PropertyModel.Mode.HIDDEN) ? List.of() : names, model, constrained, mode, -1, mutator,
        hasDefault ? defaultValue : null, hasDefault), unsupported);
  }

  private static final Object NO_DEFAULT = new Object();

  private static @Nullable Object readDefault(Accessors accessors, MethodHandles.Lookup lookup, Object prototype) {
    try {
      if (accessors.field != null) {
        return lookup.unreflectGetter(accessors.field).invoke(prototype);
      }
      if (accessors.getter != null) {
        return lookup.unreflect(accessors.getter).invoke(prototype);
      }
    } catch (Throwable ex) {
      return NO_DEFAULT;
    }
    return NO_DEFAULT;
  }

  /** The members of one POJO property, found by implicit name. */
  private static final class Accessors {
    @Nullable Field field;
    @Nullable Method setter;
    @Nullable Method getter;

    List<AnnotatedElement> members() {
      List<AnnotatedElement> members = new ArrayList<>(3);
      if (this.field != null) {
        members.add(this.field);
      }
      if (this.setter != null) {
        members.add(this.setter);
      }
      if (this.getter != null) {
        members.add(this.getter);
      }
      return members;
    }
  }

  private static Map<String, Accessors> collectAccessors(Class<?> type) {
    Map<String, Accessors> byName = new LinkedHashMap<>();
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(0, c);
    }
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          byName.computeIfAbsent(field.getName(), k -> new Accessors()).field = field;
        }
      }
    }
    for (Class<?> c : hierarchy) {
      for (Method method : c.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
          continue;
        }
        String name = method.getName();
        if (name.startsWith("set") && method.getParameterCount() == 1) {
          String property = BeanIntrospector.mangle(name, 3);
          if (property == null) {
            continue;
          }
          if (method.getReturnType() != void.class) {
            throw new UnsupportedSchemaException("non-void setter " + name, type.getName(),
                "fluent setters are not supported");
          }
          Accessors accessors = byName.computeIfAbsent(property, k -> new Accessors());
          if (accessors.setter != null && !accessors.setter.getName().equals(name)) {
            throw new UnsupportedSchemaException("setter " + name, type.getName(), "two setters for one property");
          }
          accessors.setter = method;
        } else if (method.getParameterCount() == 0 && Modifier.isPublic(method.getModifiers())) {
          String property = getterName(method);
          if (property != null) {
            byName.computeIfAbsent(property, k -> new Accessors()).getter = method;
          }
        }
      }
    }
    return byName;
  }

  private static @Nullable String getterName(Method method) {
    String name = method.getName();
    if (name.startsWith("get") && method.getReturnType() != void.class && !name.equals("getClass")) {
      return BeanIntrospector.mangle(name, 3);
    }
    if (name.startsWith("is") && method.getReturnType() == boolean.class) {
      return BeanIntrospector.mangle(name, 2);
    }
    return null;
  }


}
