package dev.fastpath.autoconfigure.web;

import dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException;
import dev.fastpath.autoconfigure.web.error.ExceptionHandling;
import dev.fastpath.autoconfigure.web.error.ExceptionHandlingFactory;
import dev.fastpath.autoconfigure.web.invoke.CompiledMethod;
import dev.fastpath.autoconfigure.web.invoke.MethodCompiler;
import dev.fastpath.autoconfigure.web.write.ReturnValueWriters;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.autoconfigure.FastpathProperties;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Compiles every handler method of every {@code @RestController} (and {@code @Controller} +
 * {@code @ResponseBody}) bean into routes: mappings combined as Spring combines them, one route per
 * (method, template) whose handler selects among the methods that share it, ambiguous mappings
 * rejected naming both methods, and every unsupported feature rejected naming class, method and
 * feature. Logs one DEBUG line per route, and the listing at INFO when {@code fastpath.routes.log=true}.
 *
 * @since 0.1
 */
final class ControllerRouteCompiler {

  private static final Logger logger = LoggerFactory.getLogger(ControllerRouteCompiler.class);

  private final ApplicationContext context;
  private final MethodCompiler methodCompiler;
  private final MappingFactory mappings;
  private final ExceptionHandlingFactory exceptionHandlingFactory;
  private final FastpathProperties.ExecutionDefault defaultMode;

  ControllerRouteCompiler(ApplicationContext context, MethodCompiler methodCompiler,
      ExceptionHandlingFactory exceptionHandlingFactory) {
    this(context, methodCompiler, exceptionHandlingFactory, FastpathProperties.ExecutionDefault.AUTO);
  }

  /** @param defaultMode {@code fastpath.execution.default-mode}: where methods that do not say so run */
  ControllerRouteCompiler(ApplicationContext context, MethodCompiler methodCompiler,
      ExceptionHandlingFactory exceptionHandlingFactory, FastpathProperties.ExecutionDefault defaultMode) {
    this.defaultMode = defaultMode;
    this.context = context;
    this.methodCompiler = methodCompiler;
    this.mappings = new MappingFactory(context);
    this.exceptionHandlingFactory = exceptionHandlingFactory;
  }

  ControllerRoutes.Compiled compile() {
    Map<Class<?>, Object> controllers = new LinkedHashMap<>();
    Map<String, List<HandlerMapping>> byBean = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : this.context.getBeansWithAnnotation(Controller.class).entrySet()) {
      Object bean = entry.getValue();
      Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
      rejectModelMethods(type);
      controllers.put(type, bean);
      byBean.put(entry.getKey(), handlerMappings(bean, type));
    }
    ExceptionHandling exceptions = this.exceptionHandlingFactory.create(controllers);
    Map<RouteKey, List<HandlerMapping>> routes = group(byBean);
    List<Route> controllerRoutes = new ArrayList<>();
    List<RouteDescription> listing = new ArrayList<>();
    // reflection returns methods in no specified order: list and register routes in a deterministic one
    List<Map.Entry<RouteKey, List<HandlerMapping>>> sorted = new ArrayList<>(routes.entrySet());
    sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(RouteKey::template)
        .thenComparing(RouteKey::method)));
    sorted.forEach(entry -> {
      RouteKey key = entry.getKey();
      List<HandlerMapping> candidates = entry.getValue();
      ExecutionMode mode = candidates.stream().allMatch(c -> c.executionMode() == ExecutionMode.EVENT_LOOP)
          ? ExecutionMode.EVENT_LOOP : ExecutionMode.OFFLOAD;
      RouteDescription description = describe(key, candidates, mode);
      controllerRoutes.add(new Route(key.method(), key.template(), new RouteHandler(candidates, exceptions), mode,
          description.handler()));
      listing.add(description);
      logger.debug("Route {}", description);
    });
    UnmatchedRequests unmatched = new UnmatchedRequests(exceptions);
    Router.Builder router = Router.builder();
    controllerRoutes.forEach(router::add);
    Router.Builder controllersOnly = Router.builder();
    controllerRoutes.forEach(controllersOnly::add);
    UnmatchedRoute catchAll = new UnmatchedRoute(controllersOnly.build(), unmatched);
    for (HttpMethod method : UnmatchedRoute.METHODS) {
      if (!routes.containsKey(new RouteKey(method, UnmatchedRoute.TEMPLATE))) {
        router.add(new Route(method, UnmatchedRoute.TEMPLATE, catchAll, ExecutionMode.EVENT_LOOP,
            "unmatched requests as Spring MVC answers them"));
      }
    }
    if (this.context.getEnvironment().getProperty("fastpath.routes.log", Boolean.class, false)) {
      logger.info("Fastpath routes ({}):\n  {}", listing.size(),
          String.join("\n  ", listing.stream().map(RouteDescription::toString).toList()));
    }
    return new ControllerRoutes.Compiled(router.build(), unmatched, List.copyOf(listing));
  }

  private List<HandlerMapping> handlerMappings(Object bean, Class<?> type) {
    Map<Method, RequestMapping> methods = MethodIntrospector.selectMethods(type,
        (MethodIntrospector.MetadataLookup<RequestMapping>) m -> AnnotatedElementUtils.findMergedAnnotation(m, RequestMapping.class));
    List<HandlerMapping> result = new ArrayList<>();
    List<Map.Entry<Method, RequestMapping>> sortedMethods = new ArrayList<>(methods.entrySet());
    sortedMethods.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Method::toGenericString)));
    for (Map.Entry<Method, RequestMapping> entry : sortedMethods) {
      Method method = entry.getKey();
      if (!AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
          && !AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)) {
        throw new UnsupportedHandlerException(method, "view-based @Controller methods are not supported; "
            + "add @ResponseBody or use @RestController");
      }
      rejectUnsupportedAnnotations(type, method, entry.getValue());
      MappingFactory.Mapping mapping = this.mappings.mapping(type, method, bodyRequired(method));
      CompiledMethod compiled = this.methodCompiler.handler(bean, type, method, mapping.conditions().methods());
      result.add(new HandlerMapping(compiled, mapping.templates(), mapping.conditions(), executionMode(type, method),
          compiled.validator()));
    }
    return result;
  }

  private static boolean bodyRequired(Method method) {
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      RequestBody body = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestBody.class);
      if (body != null && !body.required()) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code @NonBlocking} (method or class) and asynchronous return types always run on the event loop; other
   * methods follow {@code fastpath.execution.default-mode} ({@code auto} and {@code offload}: a virtual thread,
   * {@code event-loop}: the event loop).
   */
  private ExecutionMode executionMode(Class<?> type, Method method) {
    if (ReturnValueWriters.isAsync(method) || AnnotatedElementUtils.hasAnnotation(method, NonBlocking.class)
        || AnnotatedElementUtils.hasAnnotation(type, NonBlocking.class)
        || this.defaultMode == FastpathProperties.ExecutionDefault.EVENT_LOOP) {
      return ExecutionMode.EVENT_LOOP;
    }
    return ExecutionMode.OFFLOAD;
  }

  /** Mapping features that change answers in ways Fastpath does not reproduce. */
  private static void rejectUnsupportedAnnotations(Class<?> type, Method method, RequestMapping mapping) {
    if (AnnotatedElementUtils.hasAnnotation(method, CrossOrigin.class)
        || AnnotatedElementUtils.hasAnnotation(type, CrossOrigin.class)) {
      throw new UnsupportedHandlerException(method, "@CrossOrigin (CORS) is not supported");
    }
    for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonView")) {
        throw new UnsupportedHandlerException(method, "@JsonView on handler methods is not supported");
      }
    }
    if (!mapping.version().isEmpty()) {
      throw new UnsupportedHandlerException(method, "API versioning (@RequestMapping(version = \"" + mapping.version()
          + "\")) is not supported");
    }
  }

  /** {@code @InitBinder} and {@code @ModelAttribute} methods change binding in ways Fastpath does not reproduce. */
  private static void rejectModelMethods(Class<?> type) {
    for (Method method : org.springframework.util.ReflectionUtils.getUniqueDeclaredMethods(type)) {
      if (AnnotatedElementUtils.hasAnnotation(method, InitBinder.class)) {
        throw new UnsupportedHandlerException(method, "@InitBinder methods are not supported");
      }
      if (AnnotatedElementUtils.hasAnnotation(method, ModelAttribute.class)
          && !AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
        throw new UnsupportedHandlerException(method, "@ModelAttribute methods are not supported");
      }
    }
  }

  private Map<RouteKey, List<HandlerMapping>> group(Map<String, List<HandlerMapping>> byBean) {
    Map<RouteKey, List<HandlerMapping>> routes = new LinkedHashMap<>();
    byBean.forEach((bean, mappings) -> {
      for (HandlerMapping mapping : mappings) {
        for (String template : mapping.templates()) {
          for (HttpMethod method : httpMethods(mapping.conditions().methods())) {
            List<HandlerMapping> candidates = routes.computeIfAbsent(new RouteKey(method, template), k -> new ArrayList<>());
            rejectAmbiguous(candidates, mapping, template);
            candidates.add(mapping);
          }
        }
      }
    });
    return routes;
  }

  private static Set<HttpMethod> httpMethods(Set<RequestMethod> methods) {
    if (methods.isEmpty()) {
      return UnmatchedRequests.ALL_METHODS;
    }
    Set<HttpMethod> result = EnumSet.noneOf(HttpMethod.class);
    for (RequestMethod method : methods) {
      result.add(HttpMethod.valueOf(method.name()));
    }
    return result;
  }

  /** Spring's {@code MappingRegistry.validateMethodMapping}: identical conditions on the same path. */
  private static void rejectAmbiguous(List<HandlerMapping> candidates, HandlerMapping mapping, String template) {
    for (HandlerMapping existing : candidates) {
      if (existing.conditions().equals(mapping.conditions())) {
        throw new IllegalStateException("Ambiguous mapping. Cannot map '" + mapping.method().beanType().getName()
            + "' method \n" + mapping.method().method().toGenericString() + "\nto " + mapping.conditions().methods()
            + " [" + template + "]: There is already '" + existing.method().beanType().getName()
            + "' bean method\n" + existing.method().method().toGenericString() + " mapped.");
      }
    }
  }

  private static RouteDescription describe(RouteKey key, List<HandlerMapping> candidates, ExecutionMode mode) {
    Set<String> handlers = new LinkedHashSet<>();
    Set<String> validators = new LinkedHashSet<>();
    for (HandlerMapping candidate : candidates) {
      handlers.add(UnsupportedHandlerException.describe(candidate.method().method()));
      validators.add(candidate.validator());
    }
    return new RouteDescription(key.method().name(), key.template(), String.join(" | ", handlers), mode,
        String.join(" | ", validators));
  }

  private record RouteKey(HttpMethod method, String template) {}
}
