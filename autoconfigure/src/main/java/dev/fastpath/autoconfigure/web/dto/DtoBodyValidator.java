package dev.fastpath.autoconfigure.web.dto;

import dev.fastpath.autoconfigure.web.bind.BodyValidation;
import dev.fastpath.autoconfigure.web.bind.BodyViolation;
import dev.fastpath.autoconfigure.web.bind.RequestBodyValidator;
import dev.fastpath.validation.JsonError;
import dev.fastpath.validation.dto.BindResult;
import dev.fastpath.validation.dto.DtoSchema;
import dev.fastpath.validation.dto.DtoViolation;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * A {@link RequestBodyValidator} over a compiled {@link DtoSchema}: one parse validates the body and, where the
 * schema has a binder, builds the object the handler receives. Violations carry Spring's field path and the bound
 * rejected value, and the constraint's attributes as Hibernate Validator's constraint descriptor exposes them
 * (Spring turns them into message arguments). Thread-safe: the schema is, and the attribute cache is concurrent.
 *
 * @since 0.1
 */
final class DtoBodyValidator implements RequestBodyValidator {

  private final DtoSchema<?> schema;
  private final String description;
  /** Attributes by constraint annotation, read once per annotation (the schema holds the same instances). */
  private final Map<Annotation, Map<String, Object>> attributes = new ConcurrentHashMap<>();

  DtoBodyValidator(DtoSchema<?> schema) {
    this.schema = schema;
    this.description = "dto(" + schema.type().getSimpleName() + ")";
  }

  /** Violations only; a deferred document reports none (Jackson and Bean Validation decide it). */
  @Override
  public List<BodyViolation> validate(byte[] json, int length) {
    return switch (this.schema.validate(json, length)) {
      case BindResult.Invalid<?> invalid -> violations(invalid.violations());
      case BindResult.Rejected<?> rejected -> List.of(new BodyViolation("", "json", rejected.error().message(),
          BodyViolation.Kind.MALFORMED, Map.of()));
      default -> List.of();
    };
  }

  @Override
  public BodyValidation validateAndBind(byte[] json, int length) {
    return switch (this.schema.validateAndBind(json, length)) {
      case BindResult.Bound<?> bound -> new BodyValidation.Bound(bound.value());
      case BindResult.Validated<?> validated -> BodyValidation.VALIDATED;
      case BindResult.Deferred<?> deferred -> new BodyValidation.Deferred(deferred.reason());
      case BindResult.Invalid<?> invalid -> new BodyValidation.Invalid(violations(invalid.violations()),
          invalid.truncated());
      case BindResult.Rejected<?> rejected -> new BodyValidation.Rejected(problem(rejected.error()),
          rejected.error().message());
    };
  }

  @Override
  public String description() {
    return this.description;
  }

  private List<BodyViolation> violations(List<DtoViolation> found) {
    List<BodyViolation> violations = new ArrayList<>(found.size());
    for (DtoViolation violation : found) {
      BodyViolation.Kind kind = violation.kind() == DtoViolation.Kind.CONSTRAINT ? BodyViolation.Kind.CONSTRAINT
          : BodyViolation.Kind.TYPE_MISMATCH;
      Annotation constraint = violation.constraint();
      Map<String, Object> attributes = constraint != null
          ? this.attributes.computeIfAbsent(constraint, DtoBodyValidator::attributesOf) : Map.of();
      violations.add(new BodyViolation(violation.pointer().toString(), violation.rule(), violation.message(), kind,
          attributes, violation.propertyPath(), violation.rejectedValue()));
    }
    return violations;
  }

  /** As Hibernate Validator's {@code ConstraintDescriptor.getAttributes()}: every annotation member by name. */
  private static Map<String, Object> attributesOf(Annotation constraint) {
    return Map.copyOf(AnnotationUtils.getAnnotationAttributes(constraint, false, true));
  }

  private static BodyValidation.Problem problem(JsonError error) {
    return switch (error.kind()) {
      case TOO_LARGE -> BodyValidation.Problem.TOO_LARGE;
      case TOO_DEEP -> BodyValidation.Problem.TOO_DEEP;
      default -> BodyValidation.Problem.MALFORMED;
    };
  }
}
