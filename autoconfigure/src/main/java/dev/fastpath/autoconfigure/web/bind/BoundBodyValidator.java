package dev.fastpath.autoconfigure.web.bind;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * The opt-in fallback for {@code @Valid}/{@code @Validated} bodies that no precompiled validator covers
 * ({@code fastpath.validation.bean-validation-fallback=true}): the bound object is validated by the
 * application's Bean Validation validator exactly as Spring MVC's {@code DataBinder.validate(hints)}
 * does, into a {@link BeanPropertyBindingResult}, and errors raise {@link MethodArgumentNotValidException}.
 * Reflective and slower than a precompiled validator, but never skipped.
 *
 * @since 0.1
 */
final class BoundBodyValidator {

  private final Validator validator;
  private final Object[] hints;
  private final String description;

  BoundBodyValidator(Validator validator, Object[] hints, Type bodyType) {
    this.validator = validator;
    this.hints = hints;
    String name = bodyType instanceof Class<?> type ? type.getSimpleName() : bodyType.getTypeName();
    this.description = "bean-validation(" + name + ")";
  }

  String description() {
    return this.description;
  }

  void validate(Object target, MethodParameter parameter, String objectName) throws MethodArgumentNotValidException {
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(target, objectName, true, 256);
    if (this.hints.length > 0 && this.validator instanceof SmartValidator smart) {
      smart.validate(target, result, this.hints);
    } else {
      this.validator.validate(target, result);
    }
    if (result.hasErrors()) {
      MethodArgumentNotValidException exception = new MethodArgumentNotValidException(parameter, result);
      exception.getBody().setProperty("errors", BodyViolationMapper.problemErrors(result));
      throw exception;
    }
  }
}
