package dev.fastpath.autoconfigure.web.error;

import dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException;
import dev.fastpath.autoconfigure.web.invoke.MethodCompiler;
import dev.fastpath.autoconfigure.web.write.BodyWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.ControllerAdviceBean;

/**
 * Builds {@link ExceptionHandling} at start-up: compiles the {@code @ExceptionHandler} methods of the
 * controllers and of the {@code @ControllerAdvice} beans (in Spring's order, with Boot's problem-details
 * advice at {@code @Order(0)} when {@code spring.mvc.problemdetails.enabled=true}), and rejects advice
 * features Fastpath does not reproduce ({@code @InitBinder}, {@code @ModelAttribute}, body advice).
 *
 * @since 0.1
 */
public final class ExceptionHandlingFactory {

  private final ApplicationContext context;
  private final MethodCompiler compiler;
  private final BodyWriter bodyWriter;
  private final ErrorProperties errorProperties;
  private final boolean problemDetails;

  public ExceptionHandlingFactory(ApplicationContext context, MethodCompiler compiler, BodyWriter bodyWriter,
      ErrorProperties errorProperties, boolean problemDetails) {
    this.context = context;
    this.compiler = compiler;
    this.bodyWriter = bodyWriter;
    this.errorProperties = errorProperties;
    this.problemDetails = problemDetails;
  }

  /** @param controllers controller beans by their user class */
  public ExceptionHandling create(Map<Class<?>, Object> controllers) {
    Map<Class<?>, ExceptionHandlerMethods> local = new LinkedHashMap<>();
    controllers.forEach((type, bean) -> {
      ExceptionHandlerMethods methods = ExceptionHandlerMethods.of(bean, type, this.compiler);
      if (methods != null) {
        local.put(type, methods);
      }
    });
    List<ExceptionHandling.Advice> advices = new ArrayList<>();
    boolean problemDetailsPlaced = !this.problemDetails;
    for (ControllerAdviceBean advice : ControllerAdviceBean.findAnnotatedBeans(this.context)) {
      Class<?> type = advice.getBeanType();
      if (type == null) {
        continue;
      }
      rejectUnsupported(type);
      if (!problemDetailsPlaced && advice.getOrder() > ProblemDetailsAdvice.ORDER) {
        advices.add(new ExceptionHandling.Advice(null, null, true));
        problemDetailsPlaced = true;
      }
      ExceptionHandlerMethods methods = ExceptionHandlerMethods.of(advice.resolveBean(), type, this.compiler);
      if (methods != null) {
        advices.add(new ExceptionHandling.Advice(advice, methods, false));
      }
    }
    if (!problemDetailsPlaced) {
      advices.add(new ExceptionHandling.Advice(null, null, true));
    }
    return new ExceptionHandling(local, advices, this.problemDetails ? new ProblemDetailsAdvice(this.context) : null,
        this.context, new ErrorPageWriter(this.errorProperties, this.bodyWriter), this.bodyWriter);
  }

  private static void rejectUnsupported(Class<?> type) {
    for (Class<?> iface : type.getInterfaces()) {
      String name = iface.getName();
      if (name.endsWith(".ResponseBodyAdvice") || name.endsWith(".RequestBodyAdvice")) {
        throw new IllegalStateException(type.getName() + ": " + iface.getSimpleName()
            + " is not supported by Fastpath (request/response body advice)");
      }
    }
    for (Method method : org.springframework.util.ReflectionUtils.getUniqueDeclaredMethods(type)) {
      if (AnnotatedElementUtils.hasAnnotation(method, InitBinder.class)) {
        throw new UnsupportedHandlerException(method, "@InitBinder methods in @ControllerAdvice are not supported");
      }
      if (AnnotatedElementUtils.hasAnnotation(method, ModelAttribute.class)) {
        throw new UnsupportedHandlerException(method, "@ModelAttribute methods in @ControllerAdvice are not supported");
      }
    }
  }
}
