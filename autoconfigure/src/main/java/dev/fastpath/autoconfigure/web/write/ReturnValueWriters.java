package dev.fastpath.autoconfigure.web.write;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException;

/**
 * Chooses the writer of each handler method from its declared return type at start-up, as Spring MVC's
 * return-value handlers are chosen, and fails start-up for return types Fastpath does not serve.
 *
 * @since 0.1
 */
public final class ReturnValueWriters {

  private static final String[] UNSUPPORTED = {
      "org.springframework.web.servlet.ModelAndView", "org.springframework.web.servlet.View",
      "org.springframework.web.context.request.async.DeferredResult",
      "org.springframework.web.context.request.async.WebAsyncTask", "java.util.concurrent.Callable",
      "org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter",
      "org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody",
      "org.springframework.core.io.Resource", "reactor.core.publisher.Flux", "org.reactivestreams.Publisher",
      "java.util.stream.Stream", "org.springframework.util.MultiValueMap"};

  private final BodyWriter bodyWriter;

  public ReturnValueWriters(BodyWriter bodyWriter) {
    this.bodyWriter = bodyWriter;
  }

  /** Whether the method completes later (returns a {@code CompletionStage} or {@code Mono}). */
  public static boolean isAsync(Method method) {
    return CompletionStage.class.isAssignableFrom(method.getReturnType()) || Mono.class.isAssignableFrom(method.getReturnType());
  }

  public ReturnValueWriter writerFor(Method method, Class<?> beanType) {
    MethodParameter returnType = new MethodParameter(method, -1).withContainingClass(beanType);
    ResponseStatus responseStatus = AnnotatedElementUtils.findMergedAnnotation(method, ResponseStatus.class);
    if (responseStatus == null) {
      responseStatus = AnnotatedElementUtils.findMergedAnnotation(beanType, ResponseStatus.class);
    }
    int status = responseStatus != null ? responseStatus.code().value() : 200;
    if (responseStatus != null && StringUtils.hasText(responseStatus.reason())) {
      String reason = responseStatus.reason();
      return (value, exchange) -> {
        throw new SendErrorException(status, reason);
      };
    }
    Class<?> type = returnType.getParameterType();
    Type generic = returnType.getGenericParameterType();
    ResolvableType resolvable = ResolvableType.forMethodReturnType(method, beanType);
    if (CompletionStage.class.isAssignableFrom(type)) {
      return completionStage(inner(method, resolvable.as(CompletionStage.class).getGeneric(0), status));
    }
    if (Mono.class.isAssignableFrom(type)) {
      return mono(inner(method, resolvable.as(Mono.class).getGeneric(0), status));
    }
    return direct(method, type, resolvable, status);
  }

  private ReturnValueWriter direct(Method method, Class<?> type, ResolvableType resolvable, int status) {
    for (String name : UNSUPPORTED) {
      if (isAssignable(name, type)) {
        throw new UnsupportedHandlerException(method, "return type " + type.getName() + " is not supported by Fastpath");
      }
    }
    if (type == void.class || type == Void.class) {
      return (value, exchange) -> exchange.response().status(status).send();
    }
    if (HttpEntity.class.isAssignableFrom(type)) {
      return new EntityWriter(this.bodyWriter, javaType(resolvable.as(HttpEntity.class).getGeneric(0)), status);
    }
    if (ErrorResponse.class.isAssignableFrom(type) || ProblemDetail.class.isAssignableFrom(type)) {
      return new EntityWriter(this.bodyWriter, null, status);
    }
    JavaType javaType = javaType(resolvable);
    return (value, exchange) -> this.bodyWriter.write(exchange, status, null, value, javaType);
  }

  /** The writer for an asynchronous result: chosen by the value's runtime class, as Spring does for async results. */
  private ReturnValueWriter inner(Method method, ResolvableType valueType, int status) {
    Class<?> declared = valueType.resolve(Object.class);
    for (String name : UNSUPPORTED) {
      if (isAssignable(name, declared)) {
        throw new UnsupportedHandlerException(method, "asynchronous result type " + declared.getName() + " is not supported");
      }
    }
    JavaType javaType = javaType(valueType);
    EntityWriter entityWriter = new EntityWriter(this.bodyWriter, javaType(valueType.as(HttpEntity.class).getGeneric(0)), status);
    return (value, exchange) -> {
      if (value instanceof HttpEntity<?> || value instanceof ErrorResponse || value instanceof ProblemDetail) {
        entityWriter.write(value, exchange);
      } else {
        this.bodyWriter.write(exchange, status, null, value, javaType);
      }
    };
  }

  private static ReturnValueWriter completionStage(ReturnValueWriter inner) {
    return (value, exchange) -> {
      if (value == null) {
        inner.write(null, exchange);
        return;
      }
      ((CompletionStage<?>) value).whenComplete((result, failure) -> {
        if (failure != null) {
          exchange.fail(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
        } else {
          complete(inner, result, exchange);
        }
      });
    };
  }

  private static ReturnValueWriter mono(ReturnValueWriter inner) {
    return (value, exchange) -> {
      if (value == null) {
        inner.write(null, exchange);
        return;
      }
      ((Mono<?>) value).subscribe(
          result -> complete(inner, result, exchange),
          exchange::fail,
          () -> {
            if (!exchange.response().isCommitted()) {
              complete(inner, null, exchange);
            }
          });
    };
  }

  private static void complete(ReturnValueWriter inner, @Nullable Object result, WebExchange exchange) {
    try {
      inner.write(result, exchange);
    } catch (Throwable ex) {
      exchange.fail(ex);
    }
  }

  private @Nullable JavaType javaType(ResolvableType type) {
    if (type == ResolvableType.NONE || type.resolve() == null) {
      return null;
    }
    return this.bodyWriter.jsonMapper().constructType(type.getType());
  }

  private static boolean isAssignable(String className, Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(className) || implementsNamed(c, className)) {
        return true;
      }
    }
    return false;
  }

  private static boolean implementsNamed(Class<?> type, String className) {
    for (Class<?> iface : type.getInterfaces()) {
      if (iface.getName().equals(className) || implementsNamed(iface, className)) {
        return true;
      }
    }
    return false;
  }
}
