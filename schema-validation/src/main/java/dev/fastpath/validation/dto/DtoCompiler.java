package dev.fastpath.validation.dto;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.binding.BeanModel;
import dev.fastpath.validation.binding.BeanModels;
import dev.fastpath.validation.binding.PropertyModel;
import dev.fastpath.validation.binding.PropertyTable;
import dev.fastpath.validation.binding.TapeBinder;
import dev.fastpath.validation.binding.TypeModel;
import dev.fastpath.validation.binding.TypeModels;
import dev.fastpath.validation.binding.ValueReader;
import dev.fastpath.validation.schema.Schema;
import dev.fastpath.validation.schema.SchemaNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compiler 1: compiles a DTO class (a record or POJO with Jakarta constraints) into a {@link DtoSchema} that
 * validates and binds request bodies as Spring MVC does with Jackson 3 and Hibernate Validator 9 — same
 * binding failures, same constraint violations with the same paths and messages, same bound object — from one
 * parse. Call at start-up, once per DTO type; the result is immutable and thread-safe.
 *
 * <p>Anything whose behaviour we do not mirror fails here with an {@link UnsupportedSchemaException} naming the
 * class, property and annotation: Jackson annotations that change the JSON shape ({@code @JsonUnwrapped},
 * {@code @JsonTypeInfo}, {@code @JsonAnySetter}, {@code @JsonDeserialize}, {@code @JsonFormat} ...), types without a
 * standard deserializer, custom and class-level constraints, groups and payloads (the last four are accepted with
 * {@link DtoOptions#beanValidationFallback()}).
 *
 * @since 0.1.0
 */
public final class DtoCompiler {

  private final DtoOptions options;

  private final BeanModels models;

  private final ConstraintCompiler constraints;

  private final TapeBinder binder;

  private final List<String> fallbackReasons = new ArrayList<>();

  private final Map<Class<?>, BeanCheck> cascaded = new HashMap<>();

  private final Map<Class<?>, BeanCheck> plain = new HashMap<>();

  private DtoCompiler(Class<?> type, DtoOptions options) {
    this.options = options;
    this.models = new BeanModels(options.namingStrategy());
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
    this.constraints = new ConstraintCompiler(new Messages(options.messageLookup(), options.locale(), loader),
        options.beanValidationFallback(), this.fallbackReasons);
    this.binder = new TapeBinder(this.models, options.timeZone(), options.failOnUnknownProperties());
  }

  /**
   * Compiles {@code type} for a {@code @Valid @RequestBody}: binding and constraints.
   *
   * @throws UnsupportedSchemaException the class uses something we do not mirror
   */
  public static <T> DtoSchema<T> compile(Class<T> type, DtoOptions options) {
    return new DtoCompiler(type, options).build(type, true);
  }

  /**
   * Compiles {@code type} for a {@code @RequestBody} without {@code @Valid}: binding failures only (constraints are
   * not checked, as Spring MVC does not validate such arguments).
   */
  public static <T> DtoSchema<T> compileWithoutConstraints(Class<T> type, DtoOptions options) {
    return new DtoCompiler(type, options).build(type, false);
  }

  private <T> DtoSchema<T> build(Class<T> type, boolean validate) {
    Objects.requireNonNull(type, "type");
    TypeModel model = TypeModels.resolve(new PlainType(type), type.getName());
    if (!(model instanceof TypeModel.Bean)) {
      throw new UnsupportedSchemaException("request body type " + type.getName(), type.getName(),
          "only records and POJOs are compiled; bind other bodies with Jackson");
    }
    BeanCheck root = bean(type, validate);
    ValueReader reader = null;
    String binderUnsupported = null;
    try {
      reader = this.binder.compile(model);
    } catch (UnsupportedSchemaException ex) {
      binderUnsupported = ex.getMessage();
    }
    JsonValidator parser = JsonValidator.of(Schema.of(SchemaNode.ANY), this.options.validation());
    return new DtoSchema<>(type, root, reader, binderUnsupported, parser, this.options, this.fallbackReasons,
        !validate);
  }

  // ---- beans ---------------------------------------------------------------------------------------------

  private BeanCheck bean(Class<?> type, boolean withConstraints) {
    Map<Class<?>, BeanCheck> cache = withConstraints ? this.cascaded : this.plain;
    BeanCheck existing = cache.get(type);
    if (existing != null) {
      return existing;
    }
    BeanModel model = this.models.get(type);
    BeanCheck check = new BeanCheck(type.getName(), model.acceptsScalars());
    cache.put(type, check);
    if (withConstraints) {
      checkClassLevel(type);
    }
    List<PropertyCheck> properties = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (PropertyModel property : model.properties()) {
      PropertyCheck compiled = property(model, property, withConstraints);
      if (compiled == null) {
        continue;
      }
      for (String name : property.jsonNames()) {
        names.add(name);
        slots.add(properties.size());
      }
      properties.add(compiled);
    }
    for (String ignored : model.ignoredNames()) {
      if (!names.contains(ignored)) {
        names.add(ignored);
        slots.add(BeanCheck.IGNORED);
      }
    }
    check.table = new PropertyTable(names, slots.stream().mapToInt(Integer::intValue).toArray());
    check.properties = properties.toArray(PropertyCheck[]::new);
    check.failOnUnknown = this.options.failOnUnknownProperties() && !model.ignoreUnknown();
    return check;
  }

  private @Nullable PropertyCheck property(BeanModel model, PropertyModel property, boolean withConstraints) {
    String location = model.type().getName() + "." + property.javaName();
    List<Annotation> declared = withConstraints ? declaredAnnotations(property) : List.of();
    List<AnnotatedType> sources = withConstraints ? annotatedTypes(property) : List.of();
    boolean constrained = withConstraints && (declared.stream().anyMatch(ConstraintCompiler::isConstraint)
        || ConstraintCompiler.hasValid(declared) || hasTypeUseConstraints(sources));
    if (!property.isRead()) {
      if (!constrained) {
        return null;
      }
      if (property.mode() == PropertyModel.Mode.HIDDEN
          && property.constrained().stream().anyMatch(element -> element instanceof Method)) {
        unsupported("constraints on getter " + property.javaName(), location,
            "the property is not bound from JSON, so its value is computed by the getter");
        return null;
      }
    }
    Usage usage = usage(property.type(), declared, sources, ConstraintCompiler.hasValid(declared),
        withConstraints, location);
    if (model.record()) {
      boolean primitive = property.type() instanceof TypeModel.Scalar scalar && scalar.primitive();
      Object absent = property.type().rawClass() == java.util.Optional.class ? java.util.Optional.empty() : null;
      return new PropertyCheck(property.javaName(), property.jsonName(), usage.check(), primitive, absent,
          "missing value for the primitive " + property.type().rawClass().getName()
              + " (Jackson's FAIL_ON_NULL_FOR_PRIMITIVES)");
    }
    return new PropertyCheck(property.javaName(), property.jsonName(), usage.check(), false,
        pojoDefault(property, usage, location), "");
  }

  /** A POJO property's initial value, as the check of an absent property sees it. */
  private static @Nullable Object pojoDefault(PropertyModel property, Usage usage, String location) {
    if (!property.hasDefault()) {
      throw new UnsupportedSchemaException("initial value", location, "cannot read the property's initial value");
    }
    Object value = property.defaultValue();
    Object content = PropertyCheck.unwrap(value);
    boolean nonEmpty = content != null && PropertyCheck.sizeOf(content) != 0;
    if (usage.deep() && nonEmpty) {
      throw new UnsupportedSchemaException("initial value of " + property.javaName(), location,
          "a non-empty initial value whose content has constraints or @Valid is not supported");
    }
    // OptionalInt & co. are unwrapped by the compiled check (their extractor is @UnwrapByDefault); Optional is not.
    return value instanceof java.util.Optional<?> ? value : content;
  }

  private void checkClassLevel(Class<?> type) {
    for (Annotation annotation : type.getAnnotations()) {
      String name = annotation.annotationType().getName();
      if (ConstraintCompiler.isConstraint(annotation)) {
        unsupported("class-level @" + annotation.annotationType().getSimpleName(), type.getName(),
            "class-level constraints need a Bean Validation provider");
      } else if (name.equals("jakarta.validation.GroupSequence")
          || name.equals("org.hibernate.validator.group.GroupSequenceProvider")) {
        unsupported("@" + annotation.annotationType().getSimpleName(), type.getName(),
            "redefining the default group is not supported");
      }
    }
  }

  private void unsupported(String what, String location, String reason) {
    if (!this.options.beanValidationFallback()) {
      throw new UnsupportedSchemaException(what, location, reason);
    }
    this.fallbackReasons.add(what + " at " + location + ": " + reason);
  }

  // ---- type usages ---------------------------------------------------------------------------------------

  /**
   * A compiled usage: its check, the constraints on the value itself (for absent properties), and whether
   * anything below the value (elements, a cascaded bean) is validated.
   */
  private record Usage(Check check, boolean deep) {
  }

  private Usage usage(TypeModel type, List<Annotation> declared, List<AnnotatedType> sources, boolean cascade,
      boolean withConstraints, String location) {
    if (type instanceof TypeModel.OptionalType optional) {
      return optional(optional, declared, sources, cascade, withConstraints, location);
    }
    Constraint[] top = withConstraints
        ? this.constraints.compile(declared, type, location).toArray(Constraint[]::new) : new Constraint[0];
    return switch (type) {
      case TypeModel.Scalar scalar -> new Usage(new Check.ScalarCheck(scalar, this.options.timeZone(), top), false);
      case TypeModel.EnumType enumType -> new Usage(new Check.EnumCheck(enumType, top), false);
      case TypeModel.Sequence sequence -> {
        // Hibernate Validator reads container element constraints from type arguments, not from an array's
        // component type (there "@Size String[]" is the array's constraint).
        List<AnnotatedType> element = sequence.kind() == TypeModel.SequenceKind.ARRAY ? List.of()
            : arguments(sources, 0);
        List<Annotation> elementAnnotations = annotations(element);
        Usage inner = usage(sequence.element(), elementAnnotations, element,
            withConstraints && (cascade || ConstraintCompiler.hasValid(elementAnnotations)), withConstraints,
            location);
        ValueReader elementReader = sequence.kind().isSet() ? requiredReader(sequence.element(), location) : null;
        yield new Usage(new SequenceCheck(sequence, inner.check(), top, reader(sequence), elementReader),
            inner.deep() || !elementAnnotations.isEmpty());
      }
      case TypeModel.MapType map -> {
        List<AnnotatedType> value = arguments(sources, 1);
        List<Annotation> valueAnnotations = annotations(value);
        Usage inner = usage(map.value(), valueAnnotations, value,
            withConstraints && (cascade || ConstraintCompiler.hasValid(valueAnnotations)), withConstraints,
            location);
        yield new Usage(new MapCheck(map, inner.check(), top, reader(map)),
            inner.deep() || !valueAnnotations.isEmpty());
      }
      case TypeModel.Bean bean -> {
        boolean validateBean = withConstraints && cascade;
        BeanCheck check = bean(bean.rawClass(), validateBean);
        yield new Usage(new Check.BeanUsageCheck(top, check, reader(bean)), validateBean);
      }
      case TypeModel.OptionalType optional -> throw new IllegalStateException();
    };
  }

  /**
   * {@code OptionalInt}/{@code OptionalLong}/{@code OptionalDouble}: their extractors are {@code @UnwrapByDefault},
   * so declared constraints apply to the number. {@code Optional<T>}: declared constraints apply to the
   * {@code Optional}; type-argument constraints and {@code @Valid} to its content.
   */
  private Usage optional(TypeModel.OptionalType optional, List<Annotation> declared, List<AnnotatedType> sources,
      boolean cascade, boolean withConstraints, String location) {
    if (optional.rawClass() != java.util.Optional.class) {
      return usage(boxed(optional.element()), declared, List.of(), false, withConstraints, location);
    }
    Constraint[] own = withConstraints
        ? this.constraints.compile(declared, optional, location).toArray(Constraint[]::new) : new Constraint[0];
    List<AnnotatedType> argument = arguments(sources, 0);
    List<Annotation> contentAnnotations = annotations(argument);
    Usage content = usage(optional.element(), contentAnnotations, argument,
        withConstraints && (cascade || ConstraintCompiler.hasValid(contentAnnotations)), withConstraints, location);
    return new Usage(new Check.OptionalCheck(own, content.check(), reader(optional)),
        content.deep() || !contentAnnotations.isEmpty());
  }

  private static TypeModel boxed(TypeModel element) {
    if (element instanceof TypeModel.Scalar scalar && scalar.primitive()) {
      return new TypeModel.Scalar(scalar.kind(), false, scalar.kind().boxedType(), scalar.annotatedType());
    }
    return element;
  }

  private @Nullable ValueReader reader(TypeModel type) {
    try {
      return this.binder.compile(type);
    } catch (UnsupportedSchemaException ex) {
      return null;
    }
  }

  private ValueReader requiredReader(TypeModel element, String location) {
    ValueReader reader = reader(element);
    if (reader == null) {
      throw new UnsupportedSchemaException("set of " + element.rawClass().getName(), location,
          "set elements are compared after binding, and this element type cannot be bound here");
    }
    return reader;
  }

  // ---- annotations ---------------------------------------------------------------------------------------

  /** The declaration annotations Bean Validation reads for a property: its field's and its getter's. */
  private static List<Annotation> declaredAnnotations(PropertyModel property) {
    List<Annotation> annotations = new ArrayList<>();
    for (AnnotatedElement element : property.constrained()) {
      annotations.addAll(Arrays.asList(element.getDeclaredAnnotations()));
    }
    return annotations;
  }

  /** The annotated types whose type arguments carry container element constraints. */
  private static List<AnnotatedType> annotatedTypes(PropertyModel property) {
    List<AnnotatedType> types = new ArrayList<>();
    for (AnnotatedElement element : property.constrained()) {
      if (element instanceof Field field) {
        types.add(field.getAnnotatedType());
      } else if (element instanceof Method method) {
        types.add(method.getAnnotatedReturnType());
      }
    }
    return types;
  }

  private static boolean hasTypeUseConstraints(List<AnnotatedType> sources) {
    if (sources.isEmpty()) {
      return false;
    }
    for (int i = 0; i < 2; i++) {
      List<AnnotatedType> level = arguments(sources, i);
      List<Annotation> annotations = annotations(level);
      if (annotations.stream().anyMatch(a -> ConstraintCompiler.isConstraint(a) || a.annotationType() == jakarta.validation.Valid.class)
          || hasTypeUseConstraints(level)) {
        return true;
      }
    }
    return false;
  }

  private static List<AnnotatedType> arguments(List<AnnotatedType> sources, int index) {
    List<AnnotatedType> arguments = new ArrayList<>();
    for (AnnotatedType source : sources) {
      AnnotatedType type = source instanceof AnnotatedWildcardType wildcard
          && wildcard.getAnnotatedUpperBounds().length == 1 ? wildcard.getAnnotatedUpperBounds()[0] : source;
      if (type instanceof AnnotatedParameterizedType parameterized
          && parameterized.getAnnotatedActualTypeArguments().length > index) {
        arguments.add(parameterized.getAnnotatedActualTypeArguments()[index]);
      } else if (type instanceof AnnotatedArrayType array && index == 0) {
        arguments.add(array.getAnnotatedGenericComponentType());
      }
    }
    return arguments;
  }

  private static List<Annotation> annotations(List<AnnotatedType> types) {
    List<Annotation> annotations = new ArrayList<>();
    for (AnnotatedType type : types) {
      annotations.addAll(Arrays.asList(type.getAnnotations()));
    }
    return annotations;
  }

  /** The root type usage, without annotations. */
  private record PlainType(java.lang.reflect.Type getType) implements AnnotatedType {

    @Override
    public <A extends Annotation> A getAnnotation(Class<A> annotationClass) {
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
