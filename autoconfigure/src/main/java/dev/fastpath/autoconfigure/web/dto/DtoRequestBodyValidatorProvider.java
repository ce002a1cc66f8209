package dev.fastpath.autoconfigure.web.dto;

import dev.fastpath.autoconfigure.FastpathProperties;
import dev.fastpath.autoconfigure.web.bind.RequestBodyValidator;
import dev.fastpath.autoconfigure.web.bind.RequestBodyValidatorProvider;
import dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.dto.DtoCompiler;
import dev.fastpath.validation.dto.DtoOptions;
import java.lang.reflect.Type;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default {@link RequestBodyValidatorProvider}: compiles each {@code @Valid}/{@code @Validated @RequestBody}
 * type with schema-validation's {@link DtoCompiler} at start-up, configured as Boot's {@code JsonMapper} binds
 * (naming strategy, time zone, {@code FAIL_ON_UNKNOWN_PROPERTIES}) and as Boot's validator interpolates
 * ({@code {key}} looked up in the application's {@code MessageSource} first), with the
 * {@code fastpath.validation.*} and {@code fastpath.limits.max-body-size} settings.
 *
 * <p>A type the compiler cannot handle (a custom or class-level constraint, validation groups, a generic body
 * such as {@code List<Order>} …) fails start-up naming class, method, parameter and reason, unless
 * {@code fastpath.validation.bean-validation-fallback=true}: then this provider answers {@code null} and that
 * parameter is validated by the application's Bean Validation validator after Jackson binds it.
 *
 * @since 0.1
 */
public final class DtoRequestBodyValidatorProvider implements RequestBodyValidatorProvider {

  private static final Logger logger = LoggerFactory.getLogger(DtoRequestBodyValidatorProvider.class);

  private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";

  private final Supplier<DtoOptions> options;
  private final BooleanSupplier beanValidationFallback;

  /**
   * @param options the compiler's options (see {@link #options})
   * @param beanValidationFallback whether a type the compiler refuses is left to Bean Validation
   */
  public DtoRequestBodyValidatorProvider(DtoOptions options, boolean beanValidationFallback) {
    this(() -> options, () -> beanValidationFallback);
  }

  /**
   * Reads its settings when it compiles the first type, not when the bean is created: property binding
   * failures then surface from the properties bean itself.
   */
  public DtoRequestBodyValidatorProvider(Supplier<DtoOptions> options, BooleanSupplier beanValidationFallback) {
    this.options = SingletonSupplier.of(options);
    this.beanValidationFallback = beanValidationFallback;
  }

  /**
   * The compiler options for an application: Boot's {@code JsonMapper} settings, the message source, and
   * Fastpath's properties ({@code validation.runner}, {@code validation.max-violations},
   * {@code validation.unknown-properties}, {@code limits.max-body-size}).
   */
  public static DtoOptions options(FastpathProperties properties, JsonMapper mapper, @Nullable MessageSource messages) {
    FastpathProperties.Validation validation = properties.getValidation();
    long maxBody = properties.getLimits().getMaxBodySize().toBytes();
    ValidationOptions validationOptions = ValidationOptions.builder()
        .maxViolations(validation.getMaxViolations())
        .maxBodyBytes((int) Math.max(1, Math.min(maxBody, ValidationOptions.MAX_BODY_BYTES_LIMIT)))
        .runner(switch (validation.getRunner()) {
          case AUTO -> Runner.AUTO;
          case SIMDJSON -> Runner.SIMDJSON;
          case JACKSON -> Runner.JACKSON;
        })
        .build();
    PropertyNamingStrategy naming = mapper.deserializationConfig().getPropertyNamingStrategy();
    Locale locale = Locale.getDefault();
    DtoOptions.Builder builder = DtoOptions.builder()
        .validation(validationOptions)
        .namingStrategy(naming != null ? name -> naming.nameForField(null, null, name) : null)
        .timeZone(ZoneId.of(mapper.deserializationConfig().getTimeZone().getID()))
        .failOnUnknownProperties(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            || validation.getUnknownProperties() == FastpathProperties.Validation.UnknownProperties.REJECT)
        .beanValidationFallback(false)
        .locale(locale);
    if (messages != null) {
      // as Boot's MessageSourceMessageInterpolator: the application's messages before ValidationMessages
      builder.messageLookup(key -> messages.getMessage(key, null, null, locale));
    }
    return builder.build();
  }

  @Override
  public @Nullable RequestBodyValidator validatorFor(MethodParameter parameter, Type bodyType, Class<?>[] groups) {
    String reason = unsupportedGroups(groups);
    if (reason == null) {
      if (bodyType instanceof Class<?> type) {
        try {
          return new DtoBodyValidator(DtoCompiler.compile(type, this.options.get()));
        } catch (UnsupportedSchemaException ex) {
          reason = ex.getMessage();
        }
      } else {
        reason = "the body type " + bodyType.getTypeName() + " is generic; only records and POJOs are compiled";
      }
    }
    if (this.beanValidationFallback.getAsBoolean()) {
      logger.info("{}: validated with Bean Validation after Jackson binding (fastpath.validation."
          + "bean-validation-fallback): {}", UnsupportedHandlerException.describe(parameter), reason);
      return null;
    }
    throw new UnsupportedHandlerException(parameter, "the @Valid request body " + bodyType.getTypeName()
        + " cannot be precompiled: " + reason + "; remove that construct, or set "
        + "fastpath.validation.bean-validation-fallback=true to validate it with Bean Validation after Jackson binding");
  }

  private static @Nullable String unsupportedGroups(Class<?>[] groups) {
    for (Class<?> group : groups) {
      if (group != Object.class && !group.getName().equals(DEFAULT_GROUP)) {
        return "validation groups (@Validated(" + group.getSimpleName() + ".class)) are not compiled";
      }
    }
    return null;
  }
}
