package dev.fastpath.validation.dto;

import dev.fastpath.validation.ValidationOptions;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * How {@link DtoCompiler} compiles a DTO class. The defaults mirror Spring Boot 4's {@code JsonMapper} (Jackson 3
 * defaults) and Hibernate Validator's defaults. Immutable; build with {@link #builder()}.
 *
 * @param validation parser, limits and maximum violation count (its clock is not used: see {@code clock})
 * @param namingStrategy renames implicit JSON property names, e.g. {@code PropertyNamingStrategies.SNAKE_CASE::translate}
 *     for {@code spring.jackson.property-naming-strategy=SNAKE_CASE}; {@code null} for none
 * @param timeZone Jackson's context time zone ({@code spring.jackson.time-zone}); {@code OffsetDateTime} and
 *     {@code ZonedDateTime} values are adjusted to it ({@code ADJUST_DATES_TO_CONTEXT_TIME_ZONE}); UTC by default
 * @param failOnUnknownProperties Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} (off in Jackson 3 and Boot)
 * @param beanValidationFallback accept constraints the compiler cannot check (custom {@code @Constraint}s,
 *     class-level constraints, groups, payloads) instead of failing: the compiled schema then says
 *     {@link DtoSchema#requiresBeanValidationFallback()} and the caller runs a Bean Validation provider on the
 *     bound object after ours
 * @param clock the clock {@code @Past}/{@code @Future} compare with; Hibernate Validator's default
 *     {@code ClockProvider} uses the system clock in the default time zone
 * @param locale the locale of the default messages ({@link Locale#getDefault()}, as Hibernate Validator)
 * @param messageLookup resolves {@code {key}} message parameters before the {@code ValidationMessages} bundles,
 *     e.g. Spring's {@code MessageSource} (Boot's {@code MessageSourceMessageInterpolator} does so); returns
 *     {@code null} for unknown keys
 * @since 0.1.0
 */
public record DtoOptions(ValidationOptions validation, @Nullable UnaryOperator<String> namingStrategy,
    ZoneId timeZone, boolean failOnUnknownProperties, boolean beanValidationFallback, Clock clock, Locale locale,
    Function<String, @Nullable String> messageLookup) {

  public DtoOptions {
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(messageLookup, "messageLookup");
  }

  /** The defaults. */
  public static DtoOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DtoOptions}. */
  public static final class Builder {

    private ValidationOptions validation = ValidationOptions.defaults();

    private @Nullable UnaryOperator<String> namingStrategy;

    private ZoneId timeZone = ZoneOffset.UTC;

    private boolean failOnUnknownProperties;

    private boolean beanValidationFallback;

    private Clock clock = Clock.systemDefaultZone();

    private Locale locale = Locale.getDefault();

    private Function<String, @Nullable String> messageLookup = key -> null;

    private Builder() {
    }

    /** See {@link DtoOptions#validation()}. */
    public Builder validation(ValidationOptions validation) {
      this.validation = validation;
      return this;
    }

    /** See {@link DtoOptions#namingStrategy()}. */
    public Builder namingStrategy(@Nullable UnaryOperator<String> namingStrategy) {
      this.namingStrategy = namingStrategy;
      return this;
    }

    /** See {@link DtoOptions#timeZone()}. */
    public Builder timeZone(ZoneId timeZone) {
      this.timeZone = timeZone;
      return this;
    }

    /** See {@link DtoOptions#failOnUnknownProperties()}. */
    public Builder failOnUnknownProperties(boolean failOnUnknownProperties) {
      this.failOnUnknownProperties = failOnUnknownProperties;
      return this;
    }

    /** See {@link DtoOptions#beanValidationFallback()}. */
    public Builder beanValidationFallback(boolean beanValidationFallback) {
      this.beanValidationFallback = beanValidationFallback;
      return this;
    }

    /** See {@link DtoOptions#clock()}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** See {@link DtoOptions#locale()}. */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /** See {@link DtoOptions#messageLookup()}. */
    public Builder messageLookup(Function<String, @Nullable String> messageLookup) {
      this.messageLookup = messageLookup;
      return this;
    }

    /** The options. */
    public DtoOptions build() {
      return new DtoOptions(this.validation, this.namingStrategy, this.timeZone, this.failOnUnknownProperties,
          this.beanValidationFallback, this.clock, this.locale, this.messageLookup);
    }
  }
}
