package dev.fastpath.autoconfigure;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Compiles the handler methods of {@code @RestController} beans into routes. This first version
 * supports methods without parameters that return {@code String}; anything else fails start-up naming
 * the class and method.
 *
 * @since 0.1
 */
final class ControllerRouteCompiler {

  private final ListableBeanFactory beanFactory;

  ControllerRouteCompiler(ListableBeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  Router compile() {
    Router.Builder router = Router.builder();
    for (Map.Entry<String, Object> bean : this.beanFactory.getBeansWithAnnotation(Controller.class).entrySet()) {
      Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean.getValue()));
      if (!AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)) {
        continue;
      }
      Map<Method, RequestMapping> methods = MethodIntrospector.selectMethods(type,
          (MethodIntrospector.MetadataLookup<RequestMapping>) m ->
              AnnotatedElementUtils.findMergedAnnotation(m, RequestMapping.class));
      methods.forEach((method, mapping) -> addRoutes(router, bean.getValue(), type, method, mapping));
    }
    return router.build();
  }

  private static void addRoutes(Router.Builder router, Object bean, Class<?> type, Method method, RequestMapping mapping) {
    if (method.getParameterCount() != 0 || method.getReturnType() != String.class) {
      throw new IllegalStateException("Unsupported handler method " + type.getName() + "#" + method.getName()
          + ": only methods without parameters returning String are supported yet");
    }
    MethodHandle invoker = invoker(bean, method);
    String prefix = prefix(type);
    for (String path : mapping.path().length == 0 ? new String[] {""} : mapping.path()) {
      for (RequestMethod requestMethod : mapping.method()) {
        router.add(new Route(HttpMethod.valueOf(requestMethod.name()), prefix + path, (request, response) -> {
          String body;
          try {
            body = (String) invoker.invokeExact();
          } catch (Exception | Error ex) {
            throw ex;
          } catch (Throwable ex) {
            throw new IllegalStateException(ex);
          }
          response.setHeader("Content-Type", "text/plain;charset=UTF-8").send(body, StandardCharsets.UTF_8);
        }, ExecutionMode.OFFLOAD));
      }
    }
  }

  private static String prefix(Class<?> type) {
    RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
    return mapping != null && mapping.path().length > 0 ? mapping.path()[0] : "";
  }

  private static MethodHandle invoker(Object bean, Method method) {
    try {
      method.setAccessible(true);
      return MethodHandles.lookup().unreflect(method).bindTo(bean).asType(MethodType.methodType(String.class));
    } catch (IllegalAccessException | RuntimeException ex) {
      throw new IllegalStateException("Cannot create invoker for " + method, ex);
    }
  }
}
