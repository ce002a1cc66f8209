package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.FastpathValidationListener;
import dev.fastpath.http.HttpRequest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.config.BeanExpressionResolver;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.core.Conventions;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses and configures the resolver of each handler parameter at start-up, following the order of
 * Spring MVC's argument resolvers, and fails start-up for anything Fastpath does not serve — naming the
 * class, method, parameter and feature.
 *
 * @since 0.1
 */
public final class ArgumentResolvers {

  private static final Logger logger = LoggerFactory.getLogger(ArgumentResolvers.class);

  private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

  private final ConversionService conversionService;
  private final JsonMapper jsonMapper;
  private final @Nullable ConfigurableBeanFactory beanFactory;
  private final @Nullable RequestBodyValidatorProvider validators;
  private final org.springframework.validation.@Nullable Validator beanValidation;
  private final org.springframework.validation.@Nullable Validator deferredValidation;
  private final RejectedBodies rejectedBodies;

  public ArgumentResolvers(ConversionService conversionService, JsonMapper jsonMapper,
      @Nullable ConfigurableBeanFactory beanFactory, @Nullable RequestBodyValidatorProvider validators) {
    this(conversionService, jsonMapper, beanFactory, validators, null);
  }

  public ArgumentResolvers(ConversionService conversionService, JsonMapper jsonMapper,
      @Nullable ConfigurableBeanFactory beanFactory, @Nullable RequestBodyValidatorProvider validators,
      org.springframework.validation.@Nullable Validator beanValidation) {
    this(conversionService, jsonMapper, beanFactory, validators, beanValidation, beanValidation, List.of());
  }

  /**
   * @param beanValidation the application's Bean Validation validator, used for {@code @Valid} bodies that
   *     no precompiled validator covers; {@code null} (the default) makes such bodies fail start-up
   * @param deferredValidation the application's Bean Validation validator, if any, for the bodies a
   *     precompiled validator defers to Jackson (shapes it does not mirror); without one those are bound only
   * @param listeners told about every refused validated body
   */
  public ArgumentResolvers(ConversionService conversionService, JsonMapper jsonMapper,
      @Nullable ConfigurableBeanFactory beanFactory, @Nullable RequestBodyValidatorProvider validators,
      org.springframework.validation.@Nullable Validator beanValidation,
      org.springframework.validation.@Nullable Validator deferredValidation,
      List<FastpathValidationListener> listeners) {
    this.deferredValidation = deferredValidation;
    this.rejectedBodies = listeners.isEmpty() ? RejectedBodies.NONE : new RejectedBodies(listeners);
    this.conversionService = conversionService;
    this.jsonMapper = jsonMapper;
    this.beanFactory = beanFactory;
    this.validators = validators;
    this.beanValidation = beanValidation;
  }

  /**
   * The resolver for {@code parameter} of a handler method mapped to {@code methods} (empty: all).
   *
   * @throws UnsupportedHandlerException when the parameter uses a feature Fastpath does not serve
   */
  public ArgumentResolver resolverFor(MethodParameter parameter, Set<RequestMethod> methods) {
    parameter.initParameterNameDiscovery(NAMES);
    rejectMethodValidation(parameter);
    Class<?> type = parameter.getParameterType();
    PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
    if (pathVariable != null) {
      if (Map.class.isAssignableFrom(type) && !StringUtils.hasText(pathVariable.name())) {
        return MapResolvers.pathVariables();
      }
      NamedValueResolver.NamedValue value = namedValue(parameter, pathVariable.name(), pathVariable.required(),
          ValueConstants.DEFAULT_NONE);
      return new PathVariableResolver(value, parameter, converter(parameter, value));
    }
    RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
    if (requestParam != null) {
      if (Map.class.isAssignableFrom(type) && !StringUtils.hasText(requestParam.name())) {
        return MapResolvers.requestParameters(MultiValueMap.class.isAssignableFrom(type));
      }
      NamedValueResolver.NamedValue value = namedValue(parameter, requestParam.name(), requestParam.required(),
          requestParam.defaultValue());
      return new RequestParamResolver(value, parameter, converter(parameter, value));
    }
    RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
    if (requestHeader != null) {
      if (Map.class.isAssignableFrom(type) || HttpHeaders.class.isAssignableFrom(type)) {
        return MapResolvers.requestHeaders(type);
      }
      NamedValueResolver.NamedValue value = namedValue(parameter, requestHeader.name(), requestHeader.required(),
          requestHeader.defaultValue());
      return new RequestHeaderResolver(value, parameter, converter(parameter, value));
    }
    CookieValue cookieValue = parameter.getParameterAnnotation(CookieValue.class);
    if (cookieValue != null) {
      NamedValueResolver.NamedValue value = namedValue(parameter, cookieValue.name(), cookieValue.required(),
          cookieValue.defaultValue());
      return new CookieValueResolver(value, parameter, converter(parameter, value));
    }
    RequestBody requestBody = parameter.getParameterAnnotation(RequestBody.class);
    if (requestBody != null) {
      return requestBody(parameter, requestBody, methods);
    }
    return unannotated(parameter, type);
  }

  private ArgumentResolver unannotated(MethodParameter parameter, Class<?> type) {
    if (type == HttpRequest.class) {
      return exchange -> exchange.request();
    }
    if (type == HttpHeaders.class) {
      return MapResolvers.requestHeaders(HttpHeaders.class);
    }
    if (type == HttpMethod.class) {
      return exchange -> HttpMethod.valueOf(exchange.method().name());
    }
    if (Errors.class.isAssignableFrom(type)) {
      throw new UnsupportedHandlerException(parameter,
          "Errors/BindingResult parameters are not supported; let validation failures raise "
              + "MethodArgumentNotValidException and handle it in an @ExceptionHandler");
    }
    for (Annotation annotation : parameter.getParameterAnnotations()) {
      String annotationPackage = annotation.annotationType().getPackageName();
      if (annotationPackage.startsWith("org.springframework.web.bind.annotation")) {
        throw new UnsupportedHandlerException(parameter,
            "@" + annotation.annotationType().getSimpleName() + " parameters are not supported by Fastpath");
      }
    }
    if (BeanUtils.isSimpleProperty(parameter.nestedIfOptional().getNestedParameterType())) {
      NamedValueResolver.NamedValue value = namedValue(parameter, "", false, ValueConstants.DEFAULT_NONE);
      return new RequestParamResolver(value, parameter, converter(parameter, value));
    }
    throw new UnsupportedHandlerException(parameter, "parameter type " + type.getName() + " is not supported "
        + "(no @ModelAttribute binding, Servlet API or other resolvers); use @RequestParam, @PathVariable, "
        + "@RequestHeader, @CookieValue, @RequestBody, HttpHeaders or dev.fastpath.http.HttpRequest");
  }

  private ArgumentResolver requestBody(MethodParameter parameter, RequestBody annotation, Set<RequestMethod> methods) {
    if (!methods.isEmpty() && methods.stream().allMatch(m -> m == RequestMethod.GET || m == RequestMethod.HEAD)) {
      throw new UnsupportedHandlerException(parameter,
          "@RequestBody on a GET mapping is not supported (GET requests carry no body in HTTP semantics, RFC 9110 §9.3.1)");
    }
    MethodParameter nested = parameter.nestedIfOptional();
    Class<?> bodyClass = nested.getNestedParameterType();
    Type bodyType = nested.getNestedGenericParameterType();
    RequestBodyResolver.Kind kind = bodyClass == byte[].class ? RequestBodyResolver.Kind.BYTES
        : bodyClass == String.class ? RequestBodyResolver.Kind.STRING : RequestBodyResolver.Kind.JSON;
    if (org.springframework.http.HttpEntity.class.isAssignableFrom(bodyClass)
        || MultiValueMap.class.isAssignableFrom(bodyClass)
        || org.springframework.core.io.Resource.class.isAssignableFrom(bodyClass)) {
      throw new UnsupportedHandlerException(parameter, "@RequestBody of type " + bodyClass.getName()
          + " is not supported (JSON, String and byte[] bodies are)");
    }
    Object[] hints = validationHints(parameter);
    if (hints != null && kind != RequestBodyResolver.Kind.JSON) {
      throw new UnsupportedHandlerException(parameter, "validation of a " + bodyClass.getSimpleName()
          + " request body is not supported (only JSON bodies bound to objects are validated)");
    }
    RequestBodyValidator validator = hints != null ? precompiled(parameter, bodyType, hints) : null;
    BoundBodyValidator boundValidator = null;
    if (hints != null && validator == null) {
      if (this.beanValidation == null) {
        throw new UnsupportedHandlerException(parameter, "validation of request bodies needs a precompiled "
            + "validator (a RequestBodyValidatorProvider bean from Fastpath's schema-validation DTO compiler), "
            + "and none can validate " + bodyType.getTypeName() + "; remove @Valid/@Validated, add the validator, "
            + "or set fastpath.validation.bean-validation-fallback=true; Fastpath never skips validation");
      }
      boundValidator = new BoundBodyValidator(this.beanValidation, hints, bodyType);
    }
    BoundBodyValidator deferred = null;
    if (validator != null && this.deferredValidation != null) {
      deferred = new BoundBodyValidator(this.deferredValidation, hints, bodyType);
    } else if (validator != null) {
      logger.warn("{}: no Bean Validation provider (e.g. spring-boot-starter-validation); the rare bodies {} "
          + "defers to Jackson are bound without constraint checks", UnsupportedHandlerException.describe(parameter),
          validator.description());
    }
    return new RequestBodyResolver(parameter, kind,
        new JsonBodyBinder(this.jsonMapper.readerFor(this.jsonMapper.constructType(bodyType))),
        annotation.required(), validator, boundValidator, deferred, this.rejectedBodies,
        Conventions.getVariableNameForParameter(parameter));
  }

  /** Spring's validation hints of the parameter ({@code @Valid}: none, {@code @Validated}: its groups), or {@code null}. */
  private static Object @Nullable [] validationHints(MethodParameter parameter) {
    for (Annotation annotation : parameter.getParameterAnnotations()) {
      Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
      if (hints != null) {
        return hints;
      }
    }
    return null;
  }

  private @Nullable RequestBodyValidator precompiled(MethodParameter parameter, Type bodyType, Object[] hints) {
    if (this.validators == null) {
      return null;
    }
    Class<?>[] groups = new Class<?>[hints.length];
    for (int i = 0; i < hints.length; i++) {
      groups[i] = hints[i] instanceof Class<?> group ? group : Object.class;
    }
    return this.validators.validatorFor(parameter, bodyType, groups);
  }

  /** Spring validates constraint annotations on plain parameters (method validation); Fastpath does not yet. */
  private static void rejectMethodValidation(MethodParameter parameter) {
    for (Annotation annotation : parameter.getParameterAnnotations()) {
      for (Annotation meta : annotation.annotationType().getAnnotations()) {
        if (meta.annotationType().getName().equals("jakarta.validation.Constraint")) {
          throw new UnsupportedHandlerException(parameter, "method validation (@"
              + annotation.annotationType().getSimpleName() + " on a handler parameter) is not supported");
        }
      }
    }
  }

  private NamedValueResolver.NamedValue namedValue(MethodParameter parameter, String name, boolean required,
      String defaultValue) {
    String resolvedName = name;
    if (resolvedName.isEmpty()) {
      resolvedName = parameter.getParameterName();
      if (resolvedName == null) {
        throw new UnsupportedHandlerException(parameter, "the parameter has no name: name it in its annotation "
            + "(e.g. @RequestParam(\"id\")) or compile with parameter names (javac -parameters; in Maven "
            + "<parameters>true</parameters> on the maven-compiler-plugin, in Gradle options.compilerArgs << '-parameters')");
      }
    }
    String value = ValueConstants.DEFAULT_NONE.equals(defaultValue) ? null : resolve(defaultValue);
    return new NamedValueResolver.NamedValue(String.valueOf(resolve(resolvedName)), required, value);
  }

  /** Placeholders and SpEL in names and default values, evaluated once, as Spring evaluates them per request. */
  private @Nullable String resolve(String value) {
    if (this.beanFactory == null) {
      return value;
    }
    String resolved = this.beanFactory.resolveEmbeddedValue(value);
    BeanExpressionResolver expressions = this.beanFactory.getBeanExpressionResolver();
    if (expressions == null || resolved == null) {
      return resolved;
    }
    Object evaluated = expressions.evaluate(resolved, new BeanExpressionContext(this.beanFactory, null));
    return evaluated != null ? evaluated.toString() : null;
  }

  private ValueConverter converter(MethodParameter parameter, NamedValueResolver.NamedValue value) {
    return new ValueConverter(parameter, value.name(), this.conversionService);
  }
}
