package dev.fastpath.autoconfigure.web.bind;

import java.io.Serializable;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.core.ResolvableType;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * Turns a validator's violations into the exceptions Spring MVC raises, so existing
 * {@code @ExceptionHandler} code keeps working:
 * <ul>
 *   <li>constraint violations become a {@link MethodArgumentNotValidException} whose
 *       {@code BindingResult} ({@link BeanPropertyBindingResult} on the bound object, a
 *       {@link MapBindingResult} when nothing could be bound) holds one {@link FieldError} per
 *       violation, with Spring's field path ({@code /items/3/qty} → {@code items[3].qty}), the rejected
 *       value, Spring's message codes ({@code NotBlank.order.customerId} … {@code NotBlank}), the
 *       constraint's arguments and the default message;</li>
 *   <li>type mismatches and malformed documents become an {@link HttpMessageNotReadableException}, as
 *       Jackson's binding fails in Spring before validation runs.</li>
 * </ul>
 * The exception's problem-detail body also lists every violation as {@code errors: [{pointer, rule,
 * message}]}, which Spring's does not.
 *
 * @since 0.1
 */
public final class BodyViolationMapper {

  private BodyViolationMapper() {}

  /**
   * @param violations at least one violation
   * @param parameter the {@code @RequestBody} parameter
   * @param objectName Spring's name for the bound object ({@code Conventions.getVariableNameForParameter})
   * @param target the bound object, or {@code null} when none could be bound
   * @param input the request, carried by {@code HttpMessageNotReadableException}
   */
  public static Exception toException(List<BodyViolation> violations, MethodParameter parameter, String objectName,
      @Nullable Object target, HttpInputMessage input) {
    for (BodyViolation violation : violations) {
      if (violation.kind() != BodyViolation.Kind.CONSTRAINT) {
        return new HttpMessageNotReadableException("JSON parse error: " + violation.message()
            + (violation.pointer().isEmpty() ? "" : " at " + violation.pointer()), input);
      }
    }
    AbstractBindingResult result = target != null
        ? new BeanPropertyBindingResult(target, objectName)
        : new MapBindingResult(new LinkedHashMap<>(), objectName);
    for (BodyViolation violation : violations) {
      result.addError(toError(violation, objectName, target, result));
    }
    MethodArgumentNotValidException exception = new MethodArgumentNotValidException(parameter, result);
    exception.getBody().setProperty("errors", problemErrors(violations));
    return exception;
  }

  private static ObjectError toError(BodyViolation violation, String objectName, @Nullable Object target,
      AbstractBindingResult result) {
    String field = violation.field() != null ? violation.field() : fieldPath(violation.pointer());
    if (field.isEmpty()) {
      return new ObjectError(objectName, result.resolveMessageCodes(violation.rule()),
          arguments(objectName, field, violation), violation.message());
    }
    Object rejected;
    Class<?> fieldType;
    if (violation.field() != null) {
      rejected = rejectedValue(violation, field, target, result);
      fieldType = target != null ? fieldType(result, field) : null;
    } else {
      rejected = target != null ? valueAt(target, violation.pointer()) : null;
      fieldType = target != null ? declaredType(target.getClass(), violation.pointer()) : null;
    }
    String[] codes = result.getMessageCodesResolver()
        .resolveMessageCodes(violation.rule(), objectName, field, fieldType);
    return new FieldError(objectName, field, rejected, false, codes, arguments(objectName, field, violation),
        violation.message());
  }

  /**
   * As Spring's {@code SpringValidatorAdapter.getRejectedValue}: nested and indexed paths read the bound
   * object's property (when it can be read), everything else is the validated value.
   */
  private static @Nullable Object rejectedValue(BodyViolation violation, String field, @Nullable Object target,
      AbstractBindingResult result) {
    if (target != null && !field.contains("[]") && (field.contains("[") || field.contains("."))) {
      try {
        return result.getRawFieldValue(field);
      } catch (RuntimeException ex) {
        // a path the bean wrapper cannot walk (e.g. into an Optional): the validated value stands
      }
    }
    return violation.rejectedValue();
  }

  /** The declared property type Spring puts in the type code ({@code Min.int}); {@code null} if unknown. */
  private static @Nullable Class<?> fieldType(AbstractBindingResult result, String field) {
    try {
      return result.getFieldType(field);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** As Spring's {@code SpringValidatorAdapter.getArgumentsForConstraint}: the field, then attributes by name. */
  private static Object[] arguments(String objectName, String field, BodyViolation violation) {
    List<Object> arguments = new ArrayList<>();
    String[] codes = field.isEmpty() ? new String[] {objectName} : new String[] {objectName + "." + field, field};
    arguments.add(new DefaultMessageSourceResolvable(codes, field));
    new TreeMap<>(violation.attributes()).forEach((name, value) -> {
      if (!"message".equals(name) && !"groups".equals(name) && !"payload".equals(name)) {
        arguments.add(value instanceof String text ? new ResolvableAttribute(text) : value);
      }
    });
    return arguments.toArray();
  }

  /**
   * Spring's private {@code SpringValidatorAdapter.ResolvableAttribute}: a string attribute as a resolvable
   * (a class, not a record, so that it serializes to JSON as Spring's does: codes, arguments, default message).
   */
  private static final class ResolvableAttribute implements MessageSourceResolvable, Serializable {

    private static final long serialVersionUID = 1L;

    private final String resolvableString;

    ResolvableAttribute(String resolvableString) {
      this.resolvableString = resolvableString;
    }

    @Override
    public String[] getCodes() {
      return new String[] {this.resolvableString};
    }

    @Override
    public String getDefaultMessage() {
      return this.resolvableString;
    }

    @Override
    public String toString() {
      return this.resolvableString;
    }
  }

  /** {@code /items/3/qty} → {@code items[3].qty}; {@code ~1} and {@code ~0} unescaped (RFC 6901 §4). */
  public static String fieldPath(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String token : tokens(pointer)) {
      if (isIndex(token)) {
        path.append('[').append(token).append(']');
      } else {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(token);
      }
    }
    return path.toString();
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The Java value the pointer designates in the bound object, or {@code null} when it cannot be reached. */
  static @Nullable Object valueAt(Object target, String pointer) {
    Object current = target;
    for (String token : tokens(pointer)) {
      if (current == null) {
        return null;
      }
      current = step(current, token);
    }
    return current;
  }

  /**
   * The declared type of the property the pointer designates (what Spring's {@code getFieldType} reports
   * and puts in the {@code Constraint.type} message code: {@code int}, {@code java.util.List}), walking
   * bean properties, record components, collection and array elements and map values.
   */
  static @Nullable Class<?> declaredType(Class<?> root, String pointer) {
    ResolvableType current = ResolvableType.forClass(root);
    for (String token : tokens(pointer)) {
      Class<?> type = current.resolve();
      if (type == null) {
        return null;
      }
      if (type.isArray()) {
        current = current.getComponentType();
      } else if (java.util.Collection.class.isAssignableFrom(type)) {
        current = current.asCollection().getGeneric(0);
      } else if (Map.class.isAssignableFrom(type)) {
        current = current.asMap().getGeneric(1);
      } else {
        current = propertyType(current, type, token);
        if (current == ResolvableType.NONE) {
          return null;
        }
      }
    }
    return current.resolve();
  }

  private static ResolvableType propertyType(ResolvableType owner, Class<?> type, String name) {
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.getName().equals(name)) {
          return ResolvableType.forMethodReturnType(component.getAccessor(), type);
        }
      }
      return ResolvableType.NONE;
    }
    java.beans.PropertyDescriptor descriptor = BeanUtils.getPropertyDescriptor(type, name);
    if (descriptor != null && descriptor.getReadMethod() != null) {
      return ResolvableType.forMethodReturnType(descriptor.getReadMethod(), type);
    }
    java.lang.reflect.Field field = org.springframework.util.ReflectionUtils.findField(type, name);
    return field != null ? ResolvableType.forField(field, owner) : ResolvableType.NONE;
  }

  private static @Nullable Object step(Object current, String token) {
    try {
      if (current instanceof List<?> list) {
        int index = Integer.parseInt(token);
        return index < list.size() ? list.get(index) : null;
      }
      if (current.getClass().isArray()) {
        int index = Integer.parseInt(token);
        return index < Array.getLength(current) ? Array.get(current, index) : null;
      }
      if (current instanceof Map<?, ?> map) {
        return map.get(token);
      }
      if (current.getClass().isRecord()) {
        for (RecordComponent component : current.getClass().getRecordComponents()) {
          if (component.getName().equals(token)) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(current);
          }
        }
        return null;
      }
      BeanWrapperImpl wrapper = new BeanWrapperImpl(current);
      return wrapper.isReadableProperty(token) ? wrapper.getPropertyValue(token) : null;
    } catch (ReflectiveOperationException | RuntimeException ex) {
      return null;
    }
  }

  /**
   * The {@code errors} problem-detail property for a binding result that Bean Validation filled: each error's
   * pointer derived from its field path ({@code items[3].qty} → {@code /items/3/qty}, Java property names),
   * its most general code as the rule, and its default message.
   */
  static List<Map<String, String>> problemErrors(org.springframework.validation.BindingResult result) {
    List<Map<String, String>> errors = new ArrayList<>(result.getErrorCount());
    for (ObjectError error : result.getAllErrors()) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("pointer", error instanceof FieldError field ? pointer(field.getField()) : "");
      entry.put("rule", String.valueOf(error.getCode()));
      entry.put("message", String.valueOf(error.getDefaultMessage()));
      errors.add(entry);
    }
    return errors;
  }

  /** {@code items[3].qty} → {@code /items/3/qty}, escaped as RFC 6901 §3 requires. */
  static String pointer(String fieldPath) {
    StringBuilder pointer = new StringBuilder();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= fieldPath.length(); i++) {
      char c = i < fieldPath.length() ? fieldPath.charAt(i) : '.';
      if (c == '.' || c == '[' || c == ']') {
        if (!token.isEmpty() || c == ']') {
          pointer.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
          token.setLength(0);
        }
        if (c == ']' && i + 1 < fieldPath.length() && fieldPath.charAt(i + 1) == '.') {
          i++;
        }
      } else {
        token.append(c);
      }
    }
    return pointer.toString();
  }

  private static List<Map<String, String>> problemErrors(List<BodyViolation> violations) {
    List<Map<String, String>> errors = new ArrayList<>(violations.size());
    for (BodyViolation violation : violations) {
      Map<String, String> error = new LinkedHashMap<>();
      error.put("pointer", violation.pointer());
      error.put("rule", violation.rule());
      error.put("message", violation.message());
      errors.add(error);
    }
    return errors;
  }
}
