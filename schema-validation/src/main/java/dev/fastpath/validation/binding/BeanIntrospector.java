package dev.fastpath.validation.binding;

import dev.fastpath.validation.UnsupportedSchemaException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Finds the properties of a record or POJO the way Jackson 3's defaults do, so that the validator sees the same
 * JSON names and the binder builds the same object. Start-up only (reflection).
 *
 * <p>Records: one property per component, built by the canonical constructor. POJOs: see
 * {@link PojoIntrospector}. Names follow Jackson 3's bean naming ({@code setURL} is {@code URL}),
 * {@code @JsonProperty}, {@code @JsonAlias}, {@code @JsonIgnore}, {@code @JsonIgnoreProperties},
 * {@code @JsonNaming} and a naming strategy from the caller; other Jackson annotations are refused by
 * {@link JacksonAnnotations}.
 *
 * @since 0.1.0
 */
public final class BeanIntrospector {

  private final @Nullable UnaryOperator<String> namingStrategy;

  /**
   * @param namingStrategy renames implicit property names ({@code spring.jackson.property-naming-strategy}), or
   *     {@code null} for none; explicit {@code @JsonProperty} names are never renamed (Jackson's
   *     {@code ALLOW_EXPLICIT_PROPERTY_RENAMING} is off)
   */
  public BeanIntrospector(@Nullable UnaryOperator<String> namingStrategy) {
    this.namingStrategy = namingStrategy;
  }

  /**
   * The model of {@code type}.
   *
   * @throws UnsupportedSchemaException something Jackson would read differently than we can mirror
   */
  public BeanModel introspect(Class<?> type) {
    JacksonAnnotations.checkSupported(type, type.getName());
    UnaryOperator<String> naming = classNaming(type);
    Set<String> ignoredNames = new HashSet<>();
    boolean ignoreUnknown = false;
    Annotation ignore = JacksonAnnotations.find(type, "JsonIgnoreProperties");
    if (ignore != null) {
      ignoredNames.addAll(Arrays.asList((String[]) JacksonAnnotations.attribute(ignore, "value")));
      ignoreUnknown = (Boolean) JacksonAnnotations.attribute(ignore, "ignoreUnknown");
    }
    boolean acceptsScalars = acceptsScalars(type);
    checkMembers(type);
    BeanModel model = type.isRecord()
        ? introspectRecord(type, naming, ignoredNames, ignoreUnknown, acceptsScalars)
        : PojoIntrospector.introspect(type, naming, ignoredNames, ignoreUnknown, acceptsScalars);
    checkDuplicateNames(model);
    return model;
  }

  private @Nullable UnaryOperator<String> classNaming(Class<?> type) {
    Annotation naming = JacksonAnnotations.find(type, "JsonNaming");
    if (naming == null) {
      return this.namingStrategy;
    }
    Class<?> strategy = (Class<?>) JacksonAnnotations.attribute(naming, "value");
    try {
      Object instance = strategy.getDeclaredConstructor().newInstance();
      // Jackson 3's PropertyNamingStrategy.nameForField(MapperConfig, AnnotatedField, String); the standard
      // strategies (NamingBase) ignore the first two arguments.
      Method translate = Arrays.stream(strategy.getMethods())
          .filter(m -> m.getName().equals("nameForField") && m.getParameterCount() == 3)
          .findFirst().orElseThrow(NoSuchMethodException::new);
      return name -> {
        try {
          return (String) translate.invoke(instance, null, null, name);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      };
    } catch (ReflectiveOperationException ex) {
      throw new UnsupportedSchemaException("@JsonNaming(" + strategy.getSimpleName() + ")", type.getName(),
          "the strategy needs a public no-argument constructor and nameForField(config, field, name)");
    }
  }

  /** Every field and method, accessor or not: an {@code @JsonAnySetter} or {@code @JsonValue} anywhere changes the shape. */
  private static void checkMembers(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!field.isSynthetic()) {
          JacksonAnnotations.checkSupported(field, type.getName() + "." + field.getName());
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (!method.isSynthetic() && !method.isBridge()) {
          JacksonAnnotations.checkSupported(method, type.getName() + "." + method.getName());
        }
      }
    }
  }

  // ---- records ---------------------------------------------------------------------------------------------

  private BeanModel introspectRecord(Class<?> type, @Nullable UnaryOperator<String> naming, Set<String> ignoredNames,
      boolean ignoreUnknown, boolean acceptsScalars) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical;
    try {
      canonical = type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException ex) {
      throw new IllegalStateException(ex);
    }
    checkCreators(type, canonical);
    List<PropertyModel> properties = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Field field = declaredField(type, component.getName());
      String location = type.getName() + "." + component.getName();
      List<AnnotatedElement> sources = List.of(field, component.getAccessor(), canonical.getParameters()[i]);
      for (AnnotatedElement source : sources) {
        JacksonAnnotations.checkSupported(source, location);
        refuseMemberIgnoreProperties(source, location);
      }
      List<String> names = jsonNames(component.getName(), sources, naming, location);
      boolean ignored = isIgnored(sources) || ignoredNames.contains(names.get(0));
      TypeModel model = TypeModels.resolve(field.getAnnotatedType(), location);
      if (ignored) {
        ignoredNames.addAll(names);
      }
      properties.add(new PropertyModel(component.getName(), ignored ? List.of() : names, model, List.of(field),
          ignored ? PropertyModel.Mode.IGNORED : PropertyModel.Mode.CREATOR, i, null, null, false));
    }
    MethodHandle creator = null;
    String unsupported = null;
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      creator = lookup.unreflectConstructor(canonical)
          .asSpreader(Object[].class, components.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (IllegalAccessException | RuntimeException ex) {
      unsupported = "cannot access the canonical constructor of " + type.getName() + ": " + ex.getMessage();
    }
    return new BeanModel(type, true, properties, ignoredNames, ignoreUnknown, creator, components.length,
        acceptsScalars, unsupported);
  }

  static void checkCreators(Class<?> type, @Nullable Constructor<?> allowed) {
    List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
    executables.addAll(Arrays.asList(type.getDeclaredMethods()));
    for (Executable executable : executables) {
      if (executable.equals(allowed)) {
        continue;
      }
      if (JacksonAnnotations.find(executable, "JsonCreator") != null) {
        throw new UnsupportedSchemaException("@JsonCreator", type.getName() + "." + executable.getName(),
            "only the canonical constructor of a record, or a POJO's no-argument constructor, is supported");
      }
    }
  }

  /** Jackson 3's standard bean naming: {@code getURL} is {@code URL}, {@code getUrl} is {@code url}. */
  static @Nullable String mangle(String name, int prefix) {
    if (name.length() == prefix) {
      return null;
    }
    char first = name.charAt(prefix);
    char lower = Character.toLowerCase(first);
    if (first == lower) {
      return name.substring(prefix);
    }
    if (prefix + 1 < name.length() && Character.isUpperCase(name.charAt(prefix + 1))) {
      return name.substring(prefix);
    }
    return lower + name.substring(prefix + 1);
  }

  // ---- shared ----------------------------------------------------------------------------------------------

  static List<String> jsonNames(String implicitName, List<AnnotatedElement> members,
      @Nullable UnaryOperator<String> naming, String location) {
    String explicit = null;
    List<String> aliases = new ArrayList<>();
    for (AnnotatedElement member : members) {
      String name = JacksonAnnotations.explicitName(member);
      if (name != null) {
        if (explicit != null && !explicit.equals(name)) {
          throw new UnsupportedSchemaException("@JsonProperty", location,
              "two different names (" + explicit + ", " + name + ") on one property");
        }
        explicit = name;
      }
      Annotation alias = JacksonAnnotations.find(member, "JsonAlias");
      if (alias != null) {
        for (String a : (String[]) JacksonAnnotations.attribute(alias, "value")) {
          if (!aliases.contains(a)) {
            aliases.add(a);
          }
        }
      }
    }
    String primary = explicit != null ? explicit : naming != null ? naming.apply(implicitName) : implicitName;
    List<String> names = new ArrayList<>();
    names.add(primary);
    for (String alias : aliases) {
      if (!alias.equals(primary)) {
        names.add(alias);
      }
    }
    return names;
  }

  static boolean isIgnored(List<AnnotatedElement> members) {
    return members.stream().anyMatch(m -> JacksonAnnotations.find(m, "JsonIgnore") != null);
  }

  static void refuseMemberIgnoreProperties(AnnotatedElement member, String location) {
    if (JacksonAnnotations.find(member, "JsonIgnoreProperties") != null
        || JacksonAnnotations.find(member, "JsonNaming") != null
        || JacksonAnnotations.find(member, "JsonCreator") != null && !(member instanceof Executable)) {
      throw new UnsupportedSchemaException("@JsonIgnoreProperties/@JsonNaming on a property", location,
          "only class-level use is supported");
    }
  }

  private static boolean acceptsScalars(Class<?> type) {
    for (Constructor<?> constructor : type.getConstructors()) {
      if (constructor.getParameterCount() == 1 && isScalarParameter(constructor.getParameterTypes()[0])) {
        return true;
      }
    }
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1
          && method.getReturnType() == type && isScalarParameter(method.getParameterTypes()[0])
          && (method.getName().equals("valueOf") || method.getName().equals("fromString")
              || method.getName().equals("of") || method.getName().equals("from"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isScalarParameter(Class<?> type) {
    return type == String.class || type == int.class || type == long.class || type == double.class
        || type == boolean.class || type == Integer.class || type == Long.class || type == Double.class
        || type == Boolean.class || type == java.math.BigDecimal.class || type == java.math.BigInteger.class;
  }

  private static Field declaredField(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void checkDuplicateNames(BeanModel model) {
    Set<String> seen = new HashSet<>();
    for (PropertyModel property : model.properties()) {
      for (String name : property.jsonNames()) {
        if (!seen.add(name)) {
          throw new UnsupportedSchemaException("property name \"" + name + "\"", model.type().getName(),
              "two properties read the same JSON name");
        }
      }
    }
  }
}
