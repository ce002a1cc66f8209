package dev.fastpath.validation.dto;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.ValidationOptions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Array;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.hibernate.validator.HibernateValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Spring MVC would do with a body: bind with Jackson 3 (Spring Boot 4's {@code JsonMapper} has Jackson's
 * defaults), then validate with Hibernate Validator 9, with Spring's {@code FieldError.field} for each violation;
 * and the same for the compiled DTO, in a comparable form.
 */
final class Reference {

  /** The clock both sides compare {@code @Past}/{@code @Future} with. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  static final JsonMapper SNAKE_CASE = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  /** The snake_case strategy as the function the Spring layer passes ({@code NamingBase.nameForField}). */
  static final UnaryOperator<String> SNAKE_CASE_NAMES =
      name -> ((PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE).nameForField(null, null, name);

  static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      .clockProvider(() -> CLOCK)
      .defaultLocale(Locale.ENGLISH)
      .buildValidatorFactory()
      .getValidator();

  private Reference() {
  }

  /** What happened to one body. */
  enum Kind {
    BOUND, BINDING_FAILURE, INVALID, DEFERRED, REJECTED,
    /** Hibernate Validator threw (e.g. {@code @Digits} on a {@code NaN} double): Spring would answer 500. */
    VALIDATOR_ERROR
  }

  /**
   * @param kind the verdict
   * @param value the bound object for {@code BOUND}
   * @param violations {@code path|rule|message|rejected} per constraint violation, sorted
   * @param detail a description for failure messages
   */
  record Outcome(Kind kind, Object value, List<String> violations, String detail) {
  }

  static DtoOptions options(Runner runner, boolean snakeCase) {
    return DtoOptions.builder()
        .validation(ValidationOptions.builder().runner(runner).maxBodyBytes(1 << 20).maxViolations(1000).build())
        .clock(CLOCK)
        .locale(Locale.ENGLISH)
        .namingStrategy(snakeCase ? SNAKE_CASE_NAMES : null)
        .build();
  }

  /** Jackson + Hibernate Validator. */
  static Outcome expected(Class<?> type, byte[] json, boolean snakeCase) {
    Object value;
    try {
      value = (snakeCase ? SNAKE_CASE : MAPPER).readValue(json, type);
    } catch (JacksonException ex) {
      return new Outcome(Kind.BINDING_FAILURE, null, List.of(), ex.getOriginalMessage());
    }
    if (value == null) {
      return new Outcome(Kind.BOUND, null, List.of(), "null");
    }
    List<String> violations = new ArrayList<>();
    java.util.Set<ConstraintViolation<Object>> found;
    try {
      found = VALIDATOR.validate(value);
    } catch (jakarta.validation.ValidationException ex) {
      return new Outcome(Kind.VALIDATOR_ERROR, null, List.of(), String.valueOf(ex.getCause()));
    }
    for (ConstraintViolation<Object> violation : found) {
      violations.add(field(violation) + "|" + violation.getConstraintDescriptor().getAnnotation().annotationType()
          .getSimpleName() + "|" + violation.getMessage() + "|" + render(violation.getInvalidValue()));
    }
    violations.sort(null);
    return violations.isEmpty() ? new Outcome(Kind.BOUND, value, List.of(), String.valueOf(value))
        : new Outcome(Kind.INVALID, null, violations, "");
  }

  /** The compiled DTO. */
  static Outcome actual(DtoSchema<?> schema, byte[] json) {
    BindResult<?> result = schema.validateAndBind(json, json.length);
    return switch (result) {
      case BindResult.Bound<?> bound -> new Outcome(Kind.BOUND, bound.value(), List.of(), String.valueOf(bound.value()));
      case BindResult.Validated<?> validated -> new Outcome(Kind.BOUND, null, List.of(), "validated");
      case BindResult.Deferred<?> deferred -> new Outcome(Kind.DEFERRED, null, List.of(), deferred.reason());
      case BindResult.Rejected<?> rejected -> new Outcome(Kind.REJECTED, null, List.of(), rejected.error().toString());
      case BindResult.Invalid<?> invalid -> {
        if (invalid.bindingFailure()) {
          yield new Outcome(Kind.BINDING_FAILURE, null, List.of(), invalid.violations().toString());
        }
        List<String> violations = new ArrayList<>();
        for (DtoViolation violation : invalid.violations()) {
          violations.add(violation.propertyPath() + "|" + violation.rule() + "|" + violation.message() + "|"
              + render(violation.rejectedValue()));
        }
        violations.sort(null);
        yield new Outcome(Kind.INVALID, null, violations, "");
      }
    };
  }

  /** Spring's {@code SpringValidatorAdapter.determineField}. */
  static String field(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    boolean first = true;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable() && !first) {
        path.append('[');
        Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (index != null) {
          path.append(index);
        }
        path.append(']');
      }
      String name = node.getName();
      if (name != null && node.getKind() == ElementKind.PROPERTY && !name.startsWith("<")) {
        if (!first) {
          path.append('.');
        }
        first = false;
        path.append(name);
      }
    }
    return path.toString();
  }

  /** A value as text for comparison (arrays by content, others by {@code toString}). */
  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(render(Array.get(value, i)));
      }
      return items.toString();
    }
    return value.getClass().getSimpleName() + ":" + value;
  }

  /**
   * Deep equality: same classes (an {@code ArrayList} is not a {@code LinkedList}), arrays by content, records
   * and POJOs component by component, {@code BigDecimal} with its scale.
   */
  static boolean deepEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return false;
    }
    if (a.getClass().isArray()) {
      int length = Array.getLength(a);
      if (length != Array.getLength(b)) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (!deepEquals(Array.get(a, i), Array.get(b, i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> la) {
      List<?> lb = (List<?>) b;
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!deepEquals(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.getClass().isRecord()) {
      for (java.lang.reflect.RecordComponent component : a.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          if (!deepEquals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
            return false;
          }
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
      return true;
    }
    if (a.getClass().getName().startsWith("dev.fastpath.")) {
      for (Class<?> c = a.getClass(); c != Object.class; c = c.getSuperclass()) {
        for (java.lang.reflect.Field field : c.getDeclaredFields()) {
          if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
            continue;
          }
          try {
            field.setAccessible(true);
            if (!deepEquals(field.get(a), field.get(b))) {
              return false;
            }
          } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
          }
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
