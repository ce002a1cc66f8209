package dev.fastpath.validation.binding;

import dev.fastpath.validation.UnsupportedSchemaException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Jackson annotations by name, so that this module needs neither {@code jackson-annotations} nor
 * {@code jackson-databind} on its class path. Only start-up code uses it (reflection).
 *
 * <p>Every annotation of Jackson's packages that is not known to leave the JSON shape of deserialization alone,
 * or that the introspector does not implement, is refused with the class, property and annotation named: a
 * silently ignored {@code @JsonUnwrapped} or {@code @JsonDeserialize} would make our verdicts differ from
 * Jackson's.
 */
final class JacksonAnnotations {

  private static final Set<String> PACKAGES = Set.of("com.fasterxml.jackson.annotation",
      "tools.jackson.databind.annotation", "com.fasterxml.jackson.databind.annotation");

  /** Honoured by the introspector. */
  static final Set<String> HONOURED = Set.of("JsonProperty", "JsonIgnore", "JsonIgnoreProperties", "JsonAlias",
      "JsonCreator", "JsonNaming");

  /** Serialization-only or documentation annotations: they do not change how JSON is read. */
  static final Set<String> HARMLESS = Set.of("JsonInclude", "JsonPropertyOrder", "JsonPropertyDescription",
      "JsonClassDescription", "JsonRootName", "JsonSerialize", "JsonFilter", "JsonRawValue", "JsonAnyGetter",
      "JsonView");

  private JacksonAnnotations() {
  }

  /** Whether {@code annotation} is one of Jackson's. */
  static boolean isJackson(Annotation annotation) {
    Package pkg = annotation.annotationType().getPackage();
    return pkg != null && PACKAGES.contains(pkg.getName());
  }

  /** The Jackson annotation with this simple name on {@code element}, or {@code null}. */
  static @Nullable Annotation find(AnnotatedElement element, String simpleName) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      if (isJackson(annotation) && annotation.annotationType().getSimpleName().equals(simpleName)) {
        return annotation;
      }
    }
    return null;
  }

  /** An attribute of an annotation, read reflectively. */
  static Object attribute(Annotation annotation, String name) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
      throw new IllegalStateException("cannot read " + name + " of " + annotation, ex);
    }
  }

  /** The {@code @JsonProperty} name on {@code element}, or {@code null} when absent or empty. */
  static @Nullable String explicitName(AnnotatedElement element) {
    Annotation property = find(element, "JsonProperty");
    if (property == null) {
      return null;
    }
    String name = (String) attribute(property, "value");
    return name.isEmpty() ? null : name;
  }

  /**
   * Refuses Jackson annotations on {@code element} that are neither honoured nor harmless, and honoured ones
   * used with attributes we do not implement.
   *
   * @param location the class and property, for the message
   */
  static void checkSupported(AnnotatedElement element, String location) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      if (!isJackson(annotation)) {
        continue;
      }
      String name = annotation.annotationType().getSimpleName();
      if (HARMLESS.contains(name)) {
        continue;
      }
      if (!HONOURED.contains(name)) {
        throw new UnsupportedSchemaException("@" + name, location,
            "it changes how Jackson reads the JSON, which the precompiled validator does not mirror");
      }
      checkAttributes(annotation, name, location);
    }
  }

  private static void checkAttributes(Annotation annotation, String name, String location) {
    switch (name) {
      case "JsonProperty" -> {
        Object access = attribute(annotation, "access");
        if (!access.toString().equals("AUTO") && !access.toString().equals("READ_WRITE")) {
          throw new UnsupportedSchemaException("@JsonProperty(access = " + access + ")", location,
              "read-only and write-only properties are not supported");
        }
        if ((Boolean) attribute(annotation, "required")) {
          throw new UnsupportedSchemaException("@JsonProperty(required = true)", location,
              "Jackson's required-property check is not mirrored; use @NotNull");
        }
        if (!"".equals(attribute(annotation, "defaultValue"))) {
          throw new UnsupportedSchemaException("@JsonProperty(defaultValue)", location, "not supported");
        }
      }
      case "JsonIgnoreProperties" -> {
        if ((Boolean) attribute(annotation, "allowGetters") || (Boolean) attribute(annotation, "allowSetters")) {
          throw new UnsupportedSchemaException("@JsonIgnoreProperties(allowGetters/allowSetters)", location,
              "not supported");
        }
      }
      case "JsonIgnore" -> {
        if (!(Boolean) attribute(annotation, "value")) {
          throw new UnsupportedSchemaException("@JsonIgnore(false)", location, "not supported");
        }
      }
      case "JsonCreator" -> {
        String mode = attribute(annotation, "mode").toString();
        if (!mode.equals("DEFAULT") && !mode.equals("PROPERTIES")) {
          throw new UnsupportedSchemaException("@JsonCreator(mode = " + mode + ")", location,
              "only properties-based creators are supported");
        }
      }
      default -> {
      }
    }
  }
}
