package dev.fastpath.validation.dto;

import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.binding.ScalarKind;
import dev.fastpath.validation.binding.TypeModel;
import dev.fastpath.validation.dto.Constraint.Type;
import dev.fastpath.validation.dto.Constraint.ValueKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern.Flag;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns Jakarta constraint annotations into {@link Constraint}s for one value type, refusing what Hibernate
 * Validator would apply differently: custom {@code @Constraint}s (including Hibernate Validator's own), groups
 * other than {@code Default}, payloads, and constraints on types they do not apply to (Hibernate Validator throws
 * {@code UnexpectedTypeException} at the first request; we fail at start-up). With the Bean Validation fallback
 * on, the first three are skipped and recorded instead.
 */
final class ConstraintCompiler {

  private static final String PACKAGE = "jakarta.validation.constraints.";

  private static final Map<String, Type> TYPES = Map.ofEntries(
      Map.entry("NotNull", Type.NOT_NULL), Map.entry("Null", Type.NULL), Map.entry("NotBlank", Type.NOT_BLANK),
      Map.entry("NotEmpty", Type.NOT_EMPTY), Map.entry("Size", Type.SIZE), Map.entry("Pattern", Type.PATTERN),
      Map.entry("Email", Type.EMAIL), Map.entry("Min", Type.MIN), Map.entry("Max", Type.MAX),
      Map.entry("DecimalMin", Type.DECIMAL_MIN), Map.entry("DecimalMax", Type.DECIMAL_MAX),
      Map.entry("Positive", Type.POSITIVE), Map.entry("PositiveOrZero", Type.POSITIVE_OR_ZERO),
      Map.entry("Negative", Type.NEGATIVE), Map.entry("NegativeOrZero", Type.NEGATIVE_OR_ZERO),
      Map.entry("Digits", Type.DIGITS), Map.entry("AssertTrue", Type.ASSERT_TRUE),
      Map.entry("AssertFalse", Type.ASSERT_FALSE), Map.entry("Past", Type.PAST),
      Map.entry("PastOrPresent", Type.PAST_OR_PRESENT), Map.entry("Future", Type.FUTURE),
      Map.entry("FutureOrPresent", Type.FUTURE_OR_PRESENT));

  private static final Set<ValueKind> NUMBERS = Set.of(ValueKind.TEXT, ValueKind.INTEGRAL, ValueKind.DOUBLE,
      ValueKind.FLOAT, ValueKind.DECIMAL, ValueKind.BIG_INTEGER);

  private final Messages messages;

  private final boolean fallback;

  private final List<String> fallbackReasons;

  /** Pattern ids index the per-thread matcher cache, shared by every compiled DTO. */
  private static final java.util.concurrent.atomic.AtomicInteger PATTERN_IDS = new java.util.concurrent.atomic.AtomicInteger();

  ConstraintCompiler(Messages messages, boolean fallback, List<String> fallbackReasons) {
    this.messages = messages;
    this.fallback = fallback;
    this.fallbackReasons = fallbackReasons;
  }

  /** Whether {@code @Valid} is among {@code annotations}. */
  static boolean hasValid(List<Annotation> annotations) {
    return annotations.stream().anyMatch(a -> a.annotationType() == Valid.class);
  }

  /** Whether an annotation is a constraint or a list of constraints. */
  static boolean isConstraint(Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)
        || !constraintList(annotation).isEmpty();
  }

  /**
   * The constraints among {@code annotations} for a value of {@code target}.
   *
   * @param location class and property, for messages
   */
  List<Constraint> compile(List<Annotation> annotations, TypeModel target, String location) {
    List<Constraint> constraints = new ArrayList<>();
    for (Annotation annotation : annotations) {
      List<Annotation> listed = constraintList(annotation);
      if (!listed.isEmpty()) {
        for (Annotation one : listed) {
          add(constraints, one, target, location);
        }
      } else if (annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
        add(constraints, annotation, target, location);
      }
    }
    return constraints;
  }

  /** The constraints inside a container annotation such as {@code @Size.List}, else empty. */
  private static List<Annotation> constraintList(Annotation annotation) {
    try {
      Method value = annotation.annotationType().getMethod("value");
      if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()
          && value.getReturnType().getComponentType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
        return List.of((Annotation[]) value.invoke(annotation));
      }
    } catch (ReflectiveOperationException ex) {
      // not a list
    }
    return List.of();
  }

  private void add(List<Constraint> constraints, Annotation annotation, TypeModel target, String location) {
    String name = annotation.annotationType().getName();
    String simple = annotation.annotationType().getSimpleName();
    String unsupported = null;
    Type type = name.startsWith(PACKAGE) && name.indexOf('.', PACKAGE.length()) < 0 ? TYPES.get(simple) : null;
    if (type == null) {
      unsupported = "custom constraints need a Bean Validation provider";
    } else if (!isDefaultGroup((Class<?>[]) Messages.attribute(annotation, "groups"))) {
      unsupported = "validation groups other than Default are not supported";
    } else if (((Class<?>[]) Messages.attribute(annotation, "payload")).length > 0) {
      unsupported = "payloads are not supported";
    }
    if (unsupported != null) {
      if (this.fallback) {
        this.fallbackReasons.add("@" + simple + " at " + location + ": " + unsupported);
        return;
      }
      throw new UnsupportedSchemaException("@" + simple, location, unsupported);
    }
    ValueKind kind = kindOf(target);
    if (!applies(type, kind)) {
      throw new UnsupportedSchemaException("@" + simple, location, "it does not apply to "
          + target.rawClass().getName() + " (Hibernate Validator would throw UnexpectedTypeException)");
    }
    Constraint constraint = new Constraint(type, kind, simple, this.messages.interpolate(annotation, location),
        annotation);
    configure(constraint, annotation, target, location);
    constraints.add(constraint);
  }

  private static boolean isDefaultGroup(Class<?>[] groups) {
    for (Class<?> group : groups) {
      if (group != Default.class) {
        return false;
      }
    }
    return true;
  }

  static ValueKind kindOf(TypeModel target) {
    return switch (target) {
      case TypeModel.Scalar scalar -> switch (scalar.kind()) {
        case STRING -> ValueKind.TEXT;
        case INT, LONG, SHORT, BYTE -> ValueKind.INTEGRAL;
        case DOUBLE -> ValueKind.DOUBLE;
        case FLOAT -> ValueKind.FLOAT;
        case BIG_DECIMAL -> ValueKind.DECIMAL;
        case BIG_INTEGER -> ValueKind.BIG_INTEGER;
        case BOOLEAN -> ValueKind.BOOLEAN;
        case CHAR, UUID -> ValueKind.OTHER;
        default -> ValueKind.TEMPORAL;
      };
      case TypeModel.Sequence sequence -> ValueKind.CONTAINER;
      case TypeModel.MapType map -> ValueKind.CONTAINER;
      default -> ValueKind.OTHER;
    };
  }

  private static boolean applies(Type type, ValueKind kind) {
    return switch (type) {
      case NOT_NULL, NULL -> true;
      case NOT_BLANK, PATTERN, EMAIL -> kind == ValueKind.TEXT;
      case NOT_EMPTY, SIZE -> kind == ValueKind.TEXT || kind == ValueKind.CONTAINER;
      case ASSERT_TRUE, ASSERT_FALSE -> kind == ValueKind.BOOLEAN;
      case PAST, PAST_OR_PRESENT, FUTURE, FUTURE_OR_PRESENT -> kind == ValueKind.TEMPORAL;
      default -> NUMBERS.contains(kind);
    };
  }

  private void configure(Constraint constraint, Annotation annotation, TypeModel target, String location) {
    switch (constraint.type) {
      case SIZE -> {
        constraint.min = (Integer) Messages.attribute(annotation, "min");
        constraint.max = (Integer) Messages.attribute(annotation, "max");
        if (constraint.min < 0 || constraint.max < constraint.min) {
          throw new UnsupportedSchemaException("@Size", location, "min must be >= 0 and <= max");
        }
      }
      case MIN, MAX -> {
        long value = (Long) Messages.attribute(annotation, "value");
        constraint.min = value;
        constraint.max = value;
      }
      case DECIMAL_MIN, DECIMAL_MAX -> {
        String value = (String) Messages.attribute(annotation, "value");
        try {
          constraint.decimal(new BigDecimal(value));
        } catch (NumberFormatException ex) {
          throw new UnsupportedSchemaException("@" + constraint.rule + "(\"" + value + "\")", location,
              "not a decimal number");
        }
        constraint.inclusive = (Boolean) Messages.attribute(annotation, "inclusive");
      }
      case DIGITS -> {
        constraint.min = (Integer) Messages.attribute(annotation, "integer");
        constraint.max = (Integer) Messages.attribute(annotation, "fraction");
        if (constraint.min < 0 || constraint.max < 0) {
          throw new UnsupportedSchemaException("@Digits", location, "integer and fraction must be >= 0");
        }
      }
      case PATTERN -> pattern(constraint, (String) Messages.attribute(annotation, "regexp"),
          (Flag[]) Messages.attribute(annotation, "flags"), location);
      case EMAIL -> {
        String regexp = (String) Messages.attribute(annotation, "regexp");
        Flag[] flags = (Flag[]) Messages.attribute(annotation, "flags");
        if (!".*".equals(regexp) || flags.length > 0) {
          pattern(constraint, regexp, flags, location);
        }
      }
      case PAST, PAST_OR_PRESENT, FUTURE, FUTURE_OR_PRESENT -> {
        ScalarKind kind = ((TypeModel.Scalar) target).kind();
        if (kind == ScalarKind.UUID || !kind.isTemporal()) {
          throw new IllegalStateException(kind.name());
        }
        constraint.temporal = kind;
      }
      default -> {
      }
    }
  }

  private void pattern(Constraint constraint, String regexp, Flag[] flags, String location) {
    int bits = 0;
    for (Flag flag : flags) {
      bits |= flag.getValue();
    }
    try {
      constraint.pattern = Pattern.compile(regexp, bits);
    } catch (PatternSyntaxException ex) {
      throw new UnsupportedSchemaException("@" + constraint.rule + "(regexp)", location,
          "invalid regular expression: " + ex.getDescription());
    }
    constraint.patternId = PATTERN_IDS.getAndIncrement();
    constraint.fastPattern = ClassSequencePattern.parse(regexp, bits);
  }
}
