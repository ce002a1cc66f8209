package dev.fastpath.autoconfigure.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A body with a custom constraint: the DTO compiler cannot compile it, Bean Validation can. */
public record Coupon(@EvenLength String code) {

  /** A custom constraint. */
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = EvenLengthValidator.class)
  public @interface EvenLength {

    String message() default "must have an even length";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Its validator. */
  public static final class EvenLengthValidator implements ConstraintValidator<EvenLength, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.length() % 2 == 0;
    }
  }
}
