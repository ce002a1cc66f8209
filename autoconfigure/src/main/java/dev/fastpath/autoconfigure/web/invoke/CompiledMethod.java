package dev.fastpath.autoconfigure.web.invoke;

import dev.fastpath.autoconfigure.web.bind.ArgumentResolver;
import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.autoconfigure.web.write.ReturnValueWriter;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;

/**
 * A handler method (or {@code @ExceptionHandler} method) compiled at start-up: one resolver per
 * parameter, a {@link MethodHandle} that spreads the arguments into the bean's method, and the writer
 * for its return type. Invoking it does no reflection and no annotation lookup.
 *
 * @since 0.1
 */
public final class CompiledMethod {

  private final Object bean;
  private final Class<?> beanType;
  private final Method method;
  private final @Nullable ArgumentResolver[] resolvers;
  private final @Nullable Class<?>[] providedTypes;
  private final MethodHandle invoker;
  private final ReturnValueWriter writer;
  private final HandlerMethod handlerMethod;

  CompiledMethod(Object bean, Class<?> beanType, Method method, @Nullable ArgumentResolver[] resolvers,
      @Nullable Class<?>[] providedTypes, MethodHandle invoker, ReturnValueWriter writer) {
    this.bean = bean;
    this.beanType = beanType;
    this.method = method;
    this.resolvers = resolvers;
    this.providedTypes = providedTypes;
    this.invoker = invoker;
    this.writer = writer;
    this.handlerMethod = new HandlerMethod(bean, method);
  }

  public Object bean() {
    return this.bean;
  }

  /** The user class of the bean (not a proxy class). */
  public Class<?> beanType() {
    return this.beanType;
  }

  public Method method() {
    return this.method;
  }

  /** Spring's description of the method, handed to exception handlers that ask for a {@code HandlerMethod}. */
  public HandlerMethod handlerMethod() {
    return this.handlerMethod;
  }

  /** The validators of the method's arguments (the route listing's column), {@code "-"} when none. */
  public String validator() {
    StringBuilder text = new StringBuilder();
    for (ArgumentResolver resolver : this.resolvers) {
      String validator = resolver != null ? resolver.validator() : null;
      if (validator != null) {
        text.append(text.isEmpty() ? "" : ", ").append(validator);
      }
    }
    return text.isEmpty() ? "-" : text.toString();
  }

  /** Resolves the arguments, invokes the method and writes its result (or hands it to an async writer). */
  public void invoke(WebExchange exchange) throws Throwable {
    invoke(exchange, null);
  }

  /**
   * As {@link #invoke(WebExchange)}, with {@code provided} values (an exception and its causes, the
   * failed handler) offered first to parameters of a matching type, as Spring offers them to
   * {@code @ExceptionHandler} methods.
   */
  public void invoke(WebExchange exchange, Object @Nullable [] provided) throws Throwable {
    Object[] args = new Object[this.resolvers.length];
    for (int i = 0; i < args.length; i++) {
      Class<?> providedType = this.providedTypes[i];
      if (providedType != null) {
        args[i] = provided(providedType, provided, i);
      } else {
        ArgumentResolver resolver = this.resolvers[i];
        assert resolver != null;
        args[i] = resolver.resolve(exchange);
      }
    }
    Object result = (Object) this.invoker.invokeExact(args);
    this.writer.write(result, exchange);
  }

  private Object provided(Class<?> type, Object @Nullable [] provided, int index) {
    if (provided != null) {
      for (Object candidate : provided) {
        if (type.isInstance(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("Could not resolve parameter [" + index + "] in " + this.method.toGenericString()
        + ": no suitable provided argument of type " + type.getName());
  }

  @Override
  public String toString() {
    return this.beanType.getName() + "#" + this.method.getName();
  }
}
