package dev.fastpath.autoconfigure.web.invoke;

import dev.fastpath.autoconfigure.web.bind.ArgumentResolver;
import dev.fastpath.autoconfigure.web.bind.ArgumentResolvers;
import dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException;
import dev.fastpath.autoconfigure.web.write.ReturnValueWriter;
import dev.fastpath.autoconfigure.web.write.ReturnValueWriters;
import dev.fastpath.http.HttpRequest;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Compiles handler and exception-handler methods: resolvers per parameter, a spreading
 * {@link MethodHandle} bound to the bean (through its proxy, if it has one), and the return-value writer.
 *
 * @since 0.1
 */
public final class MethodCompiler {

  private final ArgumentResolvers argumentResolvers;
  private final ReturnValueWriters writers;

  public MethodCompiler(ArgumentResolvers argumentResolvers, ReturnValueWriters writers) {
    this.argumentResolvers = argumentResolvers;
    this.writers = writers;
  }

  /** A request-mapping method mapped to {@code methods} (empty: every method). */
  public CompiledMethod handler(Object bean, Class<?> beanType, Method method, Set<RequestMethod> methods) {
    int count = method.getParameterCount();
    ArgumentResolver[] resolvers = new ArgumentResolver[count];
    for (int i = 0; i < count; i++) {
      MethodParameter parameter = SynthesizingMethodParameter.forExecutable(method, i).withContainingClass(beanType);
      resolvers[i] = this.argumentResolvers.resolverFor(parameter, methods);
    }
    return new CompiledMethod(bean, beanType, method, resolvers, new Class<?>[count], invoker(bean, method),
        this.writers.writerFor(method, beanType));
  }

  /**
   * An {@code @ExceptionHandler} method: exceptions (the one raised and its causes) and the failed
   * {@link HandlerMethod} are provided arguments; besides them it may take Fastpath's {@link HttpRequest},
   * Spring's {@link HttpHeaders} and {@link HttpMethod}.
   */
  public CompiledMethod exceptionHandler(Object bean, Class<?> beanType, Method method) {
    int count = method.getParameterCount();
    ArgumentResolver[] resolvers = new ArgumentResolver[count];
    Class<?>[] provided = new Class<?>[count];
    for (int i = 0; i < count; i++) {
      MethodParameter parameter = SynthesizingMethodParameter.forExecutable(method, i).withContainingClass(beanType);
      Class<?> type = parameter.getParameterType();
      if (Throwable.class.isAssignableFrom(type) || type == HandlerMethod.class) {
        provided[i] = type;
      } else if (type == HttpRequest.class || type == HttpHeaders.class || type == HttpMethod.class) {
        resolvers[i] = this.argumentResolvers.resolverFor(parameter, Set.of());
      } else {
        throw new UnsupportedHandlerException(parameter, "@ExceptionHandler methods may take the exception (or a cause), "
            + "HandlerMethod, dev.fastpath.http.HttpRequest, HttpHeaders or HttpMethod; " + type.getName()
            + " is not supported");
      }
    }
    return new CompiledMethod(bean, beanType, method, resolvers, provided, invoker(bean, method),
        this.writers.writerFor(method, beanType));
  }

  /** {@code (Object[]) -> Object}, bound to the bean; {@code void} methods return {@code null}. */
  static MethodHandle invoker(Object bean, Method method) {
    Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(invocable.getDeclaringClass(), MethodHandles.lookup());
      MethodHandle handle = lookup.unreflect(invocable);
      if (!Modifier.isStatic(invocable.getModifiers())) {
        handle = handle.bindTo(bean);
      }
      return handle.asSpreader(Object[].class, invocable.getParameterCount())
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (IllegalAccessException | RuntimeException ex) {
      throw new UnsupportedHandlerException(method, "cannot create an invoker (" + ex.getMessage() + ")", ex);
    }
  }
}
