package dev.fastpath.autoconfigure.web;

import dev.fastpath.autoconfigure.FastpathProperties;
import dev.fastpath.autoconfigure.FastpathValidationListener;
import dev.fastpath.autoconfigure.web.bind.ArgumentResolvers;
import dev.fastpath.autoconfigure.web.bind.RequestBodyValidatorProvider;
import dev.fastpath.autoconfigure.web.dto.DtoRequestBodyValidatorProvider;
import dev.fastpath.autoconfigure.web.error.ExceptionHandlingFactory;
import dev.fastpath.autoconfigure.web.invoke.MethodCompiler;
import dev.fastpath.autoconfigure.web.write.BodyWriter;
import dev.fastpath.autoconfigure.web.write.ReturnValueWriters;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The controller side of Fastpath: the {@link ControllerRoutes} bean, compiled from the application's
 * controllers with what a Spring Boot Web MVC application would use — Boot's {@code JsonMapper}, a
 * conversion service built as Boot builds {@code mvcConversionService} ({@code spring.mvc.format.*}
 * plus the application's {@code Converter}/{@code Formatter} beans), {@code spring.web.error.*} and
 * {@code spring.mvc.problemdetails.enabled}.
 *
 * @since 0.1
 */
@Configuration(proxyBeanMethods = false)
public class FastpathControllersConfiguration {

  /**
   * The default validator of {@code @Valid @RequestBody} parameters: schema-validation's DTO compiler, one
   * parse per request. An application's own {@link RequestBodyValidatorProvider} bean replaces it.
   */
  @Bean
  @ConditionalOnMissingBean(RequestBodyValidatorProvider.class)
  DtoRequestBodyValidatorProvider fastpathDtoValidatorProvider(ApplicationContext context,
      ObjectProvider<FastpathProperties> properties, ObjectProvider<JsonMapper> jsonMapper) {
    Supplier<FastpathProperties> settings = SingletonSupplier.of(() -> properties.getIfAvailable(FastpathProperties::new));
    return new DtoRequestBodyValidatorProvider(
        () -> DtoRequestBodyValidatorProvider.options(settings.get(), mapper(jsonMapper), context),
        () -> settings.get().getValidation().isBeanValidationFallback());
  }

  @Bean
  @ConditionalOnMissingBean
  ControllerRoutes fastpathControllerRoutes(ApplicationContext context, ObjectProvider<JsonMapper> jsonMapper,
      ObjectProvider<RequestBodyValidatorProvider> validators,
      ObjectProvider<org.springframework.validation.Validator> beanValidators,
      ObjectProvider<FastpathValidationListener> listeners, ObjectProvider<FastpathProperties> properties) {
    return new ControllerRoutes(() -> {
      Environment environment = context.getEnvironment();
      ConfigurableBeanFactory beanFactory = context instanceof ConfigurableApplicationContext configurable
          ? configurable.getBeanFactory() : null;
      FastpathProperties settings = properties.getIfAvailable(FastpathProperties::new);
      JsonMapper mapper = mapper(jsonMapper);
      WebConversionService conversionService = new WebConversionService(new DateTimeFormatters()
          .dateFormat(environment.getProperty("spring.mvc.format.date"))
          .timeFormat(environment.getProperty("spring.mvc.format.time"))
          .dateTimeFormat(environment.getProperty("spring.mvc.format.date-time")));
      if (beanFactory instanceof org.springframework.beans.factory.ListableBeanFactory listable) {
        ApplicationConversionService.addBeans(conversionService, listable);
      }
      BodyWriter bodyWriter = new BodyWriter(mapper);
      MethodCompiler compiler = new MethodCompiler(
          new ArgumentResolvers(conversionService, mapper, beanFactory, validators.getIfAvailable(),
              beanValidationFallback(settings, beanValidators), beanValidators.getIfUnique(),
              listeners.orderedStream().toList()),
          new ReturnValueWriters(bodyWriter));
      ErrorProperties errorProperties = Binder.get(environment).bind("spring.web.error", ErrorProperties.class)
          .orElseGet(ErrorProperties::new);
      boolean problemDetails = environment.getProperty("spring.mvc.problemdetails.enabled", Boolean.class, false);
      return new ControllerRouteCompiler(context, compiler,
          new ExceptionHandlingFactory(context, compiler, bodyWriter, errorProperties, problemDetails),
          settings.getExecution().getDefaultMode()).compile();
    });
  }

  private static JsonMapper mapper(ObjectProvider<JsonMapper> jsonMapper) {
    return jsonMapper.getIfAvailable(() -> JsonMapper.builder()
        .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build());
  }

  /**
   * The application's Bean Validation validator (Boot's {@code defaultValidator}) when
   * {@code fastpath.validation.bean-validation-fallback=true}; otherwise {@code null}, and {@code @Valid}
   * bodies without a precompiled validator fail start-up.
   */
  private static org.springframework.validation.@Nullable Validator beanValidationFallback(FastpathProperties settings,
      ObjectProvider<org.springframework.validation.Validator> validators) {
    if (!settings.getValidation().isBeanValidationFallback()) {
      return null;
    }
    org.springframework.validation.Validator validator = validators.getIfUnique();
    if (validator == null) {
      throw new IllegalStateException("fastpath.validation.bean-validation-fallback=true needs a Bean Validation "
          + "provider (e.g. spring-boot-starter-validation): no unique org.springframework.validation.Validator bean");
    }
    return validator;
  }
}
