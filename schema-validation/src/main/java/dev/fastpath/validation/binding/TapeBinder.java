package dev.fastpath.validation.binding;

import dev.fastpath.validation.UnsupportedSchemaException;
import java.lang.invoke.MethodHandle;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles {@link ValueReader}s: the binder for a DTO type, built once at start-up from the same
 * {@link BeanModels} the validator uses. Not thread-safe (start-up only); the readers it returns are.
 *
 * @since 0.1.0
 */
public final class TapeBinder {

  private final BeanModels models;

  private final ZoneId timeZone;

  private final boolean failOnUnknownProperties;

  private final Map<Class<?>, BeanReader> beans = new HashMap<>();

  /**
   * @param models the bean models
   * @param timeZone the context time zone ({@code spring.jackson.time-zone}, UTC by default)
   * @param failOnUnknownProperties Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} (off in Boot)
   */
  public TapeBinder(BeanModels models, ZoneId timeZone, boolean failOnUnknownProperties) {
    this.models = Objects.requireNonNull(models, "models");
    this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
    this.failOnUnknownProperties = failOnUnknownProperties;
  }

  /**
   * The reader for a type usage.
   *
   * @throws UnsupportedSchemaException the binder cannot build this type (the validator may still check it)
   */
  public ValueReader compile(TypeModel type) {
    return switch (type) {
      case TypeModel.Scalar scalar -> new ScalarReader(scalar, this.timeZone);
      case TypeModel.EnumType enumType -> new EnumReader(enumType);
      case TypeModel.Sequence sequence -> new SequenceReader(sequence, compile(sequence.element()));
      case TypeModel.MapType map -> new MapReader(map, compile(map.value()));
      case TypeModel.OptionalType optional -> new OptionalReader(optional.rawClass(), compile(boxed(optional.element())));
      case TypeModel.Bean bean -> bean(bean.rawClass());
    };
  }

  /** Inside {@code Optional}, primitives read with their wrapper's rules (null reads as empty). */
  private static TypeModel boxed(TypeModel element) {
    if (element instanceof TypeModel.Scalar scalar && scalar.primitive()) {
      return new TypeModel.Scalar(scalar.kind(), false, scalar.kind().boxedType(), scalar.annotatedType());
    }
    return element;
  }

  private BeanReader bean(Class<?> type) {
    BeanReader existing = this.beans.get(type);
    if (existing != null) {
      return existing;
    }
    BeanModel model = this.models.get(type);
    if (model.binderUnsupported() != null || model.creator() == null) {
      throw new UnsupportedSchemaException("binding", type.getName(), String.valueOf(model.binderUnsupported()));
    }
    BeanReader reader = model.record()
        ? new BeanReader.RecordReader(type.getName(), model.acceptsScalars(), model.creator(), model.creatorArity())
        : new BeanReader.PojoReader(type.getName(), model.acceptsScalars(), model.creator());
    this.beans.put(type, reader);
    try {
      link(model, reader);
    } catch (UnsupportedSchemaException ex) {
      this.beans.remove(type);
      throw ex;
    }
    return reader;
  }

  private void link(BeanModel model, BeanReader reader) {
    List<String> names = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    List<ValueReader> readers = new ArrayList<>();
    List<MethodHandle> mutators = new ArrayList<>();
    for (PropertyModel property : model.properties()) {
      if (model.record()) {
        if (property.mode() == PropertyModel.Mode.IGNORED && property.type() instanceof TypeModel.Scalar s
            && s.primitive()) {
          throw new UnsupportedSchemaException("@JsonIgnore on a primitive record component",
              model.type().getName() + "." + property.javaName(), "not supported");
        }
        readers.add(compile(property.type()));
      } else if (property.isRead()) {
        readers.add(compile(property.type()));
        mutators.add(property.mutator());
      } else {
        continue;
      }
      int slot = readers.size() - 1;
      for (String name : property.jsonNames()) {
        names.add(name);
        slots.add(slot);
      }
    }
    for (String ignored : model.ignoredNames()) {
      if (!names.contains(ignored)) {
        names.add(ignored);
        slots.add(BeanReader.IGNORED);
      }
    }
    reader.table = new PropertyTable(names, slots.stream().mapToInt(Integer::intValue).toArray());
    reader.readers = readers.toArray(ValueReader[]::new);
    reader.failOnUnknown = this.failOnUnknownProperties && !model.ignoreUnknown();
    if (reader instanceof BeanReader.PojoReader pojo) {
      pojo.mutators = mutators.toArray(MethodHandle[]::new);
    }
  }
}
