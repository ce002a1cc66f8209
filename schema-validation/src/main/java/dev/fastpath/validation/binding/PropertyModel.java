package dev.fastpath.validation.binding;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One property of a {@link BeanModel}: the JSON names Jackson reads it from, the Java name Bean Validation and
 * Spring use in paths, its type, where its constraints are declared, and how the binder stores it.
 *
 * @param javaName the property name in Bean Validation paths and Spring's {@code FieldError.field}
 * @param jsonNames the JSON member names (the first is the primary one, then {@code @JsonAlias} names); empty
 *     when the property is not read from JSON
 * @param type the value type
 * @param constrained the field and/or getter whose annotations Bean Validation reads
 * @param mode how the JSON value reaches the object
 * @param creatorIndex the constructor argument index for {@link Mode#CREATOR}, else -1
 * @param mutator for {@link Mode#SETTER} and {@link Mode#FIELD}: {@code (Object bean, Object value) -> void}
 * @param defaultValue for POJOs, the value a fresh instance holds (what stays when JSON omits the property)
 * @param hasDefault whether {@code defaultValue} is known
 * @since 0.1.0
 */
public record PropertyModel(String javaName, List<String> jsonNames, TypeModel type,
    List<AnnotatedElement> constrained, Mode mode, int creatorIndex, @Nullable MethodHandle mutator,
    @Nullable Object defaultValue, boolean hasDefault) {

  public PropertyModel {
    jsonNames = List.copyOf(jsonNames);
    constrained = List.copyOf(constrained);
  }

  /** The primary JSON name (where a missing property is reported). */
  public String jsonName() {
    return this.jsonNames.isEmpty() ? this.javaName : this.jsonNames.get(0);
  }

  /** Whether JSON values reach this property. */
  public boolean isRead() {
    return this.mode == Mode.CREATOR || this.mode == Mode.SETTER || this.mode == Mode.FIELD;
  }

  /** How the property's JSON value reaches the object. */
  public enum Mode {
    /** A record component or creator parameter. */
    CREATOR,
    /** A setter method. */
    SETTER,
    /** A field set directly (public, or a non-public field of a property with a visible getter). */
    FIELD,
    /** {@code @JsonIgnore}d or listed in {@code @JsonIgnoreProperties}: a JSON value is skipped. */
    IGNORED,
    /** Not a Jackson property (no visible accessor, or only a getter): Bean Validation still sees it. */
    HIDDEN
  }
}
