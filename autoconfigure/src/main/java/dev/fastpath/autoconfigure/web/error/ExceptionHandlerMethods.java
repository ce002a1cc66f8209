package dev.fastpath.autoconfigure.web.error;

import dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException;
import dev.fastpath.autoconfigure.web.invoke.CompiledMethod;
import dev.fastpath.autoconfigure.web.invoke.MethodCompiler;
import dev.fastpath.autoconfigure.web.write.ReturnValueWriters;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.ExceptionHandlerMappingInfo;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * The {@code @ExceptionHandler} methods of one bean (a controller or an advice), compiled at start-up.
 * Matching uses Spring's own {@link ExceptionHandlerMethodResolver}: the closest exception type (by
 * depth, then the cause chain), with {@code produces} on the handler taken into account.
 *
 * @since 0.1
 */
final class ExceptionHandlerMethods {

  private final ExceptionHandlerMethodResolver resolver;
  private final Map<Method, CompiledMethod> compiled;

  private ExceptionHandlerMethods(ExceptionHandlerMethodResolver resolver, Map<Method, CompiledMethod> compiled) {
    this.resolver = resolver;
    this.compiled = compiled;
  }

  /** The bean's exception handlers, or {@code null} when it declares none. */
  static @Nullable ExceptionHandlerMethods of(Object bean, Class<?> beanType, MethodCompiler compiler) {
    ExceptionHandlerMethodResolver resolver = new ExceptionHandlerMethodResolver(beanType);
    if (!resolver.hasExceptionMappings()) {
      return null;
    }
    Set<Method> methods = MethodIntrospector.selectMethods(beanType,
        (ReflectionUtilsMethodFilter) method -> AnnotatedElementUtils.hasAnnotation(method, ExceptionHandler.class));
    Map<Method, CompiledMethod> compiled = new HashMap<>();
    for (Method method : methods) {
      if (ReturnValueWriters.isAsync(method)) {
        throw new UnsupportedHandlerException(method, "asynchronous @ExceptionHandler methods are not supported");
      }
      compiled.put(method, compiler.exceptionHandler(bean, beanType, method));
    }
    return new ExceptionHandlerMethods(resolver, compiled);
  }

  /** The handler for {@code exception}, trying the acceptable media types in order, as Spring does. */
  @Nullable Match find(Throwable exception, List<MediaType> acceptable) {
    for (MediaType mediaType : acceptable) {
      ExceptionHandlerMappingInfo info = this.resolver.resolveExceptionMapping(exception, mediaType);
      if (info != null) {
        CompiledMethod method = this.compiled.get(info.getHandlerMethod());
        if (method == null) {
          return null;
        }
        return new Match(method, info.getProducibleTypes());
      }
    }
    return null;
  }

  /** A matched handler and the media types its {@code @ExceptionHandler(produces = …)} declares. */
  record Match(CompiledMethod method, Set<MediaType> producibleTypes) {}

  /** {@code MethodIntrospector}'s filter type, named for readability. */
  @FunctionalInterface
  private interface ReflectionUtilsMethodFilter extends org.springframework.util.ReflectionUtils.MethodFilter {}
}
