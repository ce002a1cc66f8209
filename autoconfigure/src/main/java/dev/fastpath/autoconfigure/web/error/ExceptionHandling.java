package dev.fastpath.autoconfigure.web.error;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.autoconfigure.web.invoke.CompiledMethod;
import dev.fastpath.autoconfigure.web.write.BodyWriter;
import dev.fastpath.autoconfigure.web.write.SendErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.ControllerAdviceBean;

/**
 * Answers a failed exchange as Spring MVC's exception resolvers and Boot's error page do, in their
 * order: the failing controller's own {@code @ExceptionHandler} methods, then the advice beans in
 * {@code @Order} (each only where its selectors apply; Boot's problem-details advice among them when
 * enabled), then {@code @ResponseStatus}/{@code ResponseStatusException}, then Spring's standard
 * exceptions; anything left is a 500, logged once at ERROR with the route. The status-only outcomes
 * are rendered by {@link ErrorPageWriter}.
 *
 * @since 0.1
 */
public final class ExceptionHandling {

  private static final Logger logger = LoggerFactory.getLogger(ExceptionHandling.class);
  private static final List<MediaType> ALL = List.of(MediaType.ALL);

  private final Map<Class<?>, ExceptionHandlerMethods> controllers;
  private final List<Advice> advices;
  private final @Nullable ProblemDetailsAdvice problemDetails;
  private final StandardExceptionResolver standard;
  private final ErrorPageWriter errorPages;
  private final BodyWriter bodyWriter;

  ExceptionHandling(Map<Class<?>, ExceptionHandlerMethods> controllers, List<Advice> advices,
      @Nullable ProblemDetailsAdvice problemDetails, MessageSource messageSource, ErrorPageWriter errorPages,
      BodyWriter bodyWriter) {
    this.controllers = Map.copyOf(controllers);
    this.advices = List.copyOf(advices);
    this.problemDetails = problemDetails;
    this.standard = new StandardExceptionResolver(messageSource);
    this.errorPages = errorPages;
    this.bodyWriter = bodyWriter;
  }

  /**
   * Completes {@code exchange} for {@code failure}, raised by {@code handler} ({@code null} when no
   * handler was selected: 404, 405, 406, 415 from routing). Never throws.
   */
  public void handle(WebExchange exchange, @Nullable CompiledMethod handler, Throwable failure) {
    try {
      if (exchange.response().isCommitted()) {
        logger.warn("Ignoring exception, response committed already: {} {}", exchange.method(), exchange.path(), failure);
        return;
      }
      if (failure instanceof SendErrorException sendError) {
        this.errorPages.write(exchange, new ErrorPage(sendError.status(), sendError.getMessage(),
            org.springframework.http.HttpHeaders.EMPTY, null));
        return;
      }
      exchange.producibleTypes(null);
      if (failure instanceof Exception exception && handleWithHandlers(exchange, handler, exception)) {
        return;
      }
      ErrorPage page = this.standard.resolve(failure);
      if (page == null) {
        logger.error("Request {} {} failed in {}", exchange.method(), exchange.path(),
            handler != null ? handler + " (route " + exchange.request().routeTemplate() + ")" : "routing", failure);
        page = ErrorPage.of(500, failure);
      }
      this.errorPages.write(exchange, page);
    } catch (Throwable ex) {
      logger.error("Failed to answer the failure of {} {}", exchange.method(), exchange.path(), ex);
      if (!exchange.response().isCommitted()) {
        exchange.response().status(500).send();
      }
    }
  }

  private boolean handleWithHandlers(WebExchange exchange, @Nullable CompiledMethod handler, Exception exception) {
    List<MediaType> acceptable;
    try {
      acceptable = exchange.acceptableMediaTypes();
    } catch (HttpMediaTypeNotAcceptableException ex) {
      acceptable = ALL;
    }
    Class<?> handlerType = handler != null ? handler.beanType() : null;
    if (handlerType != null) {
      ExceptionHandlerMethods local = this.controllers.get(handlerType);
      ExceptionHandlerMethods.Match match = local != null ? local.find(exception, acceptable) : null;
      if (match != null) {
        return invoke(exchange, handler, exception, match);
      }
    }
    for (Advice advice : this.advices) {
      if (advice.problemDetails()) {
        if (this.problemDetails != null && ProblemDetailsAdvice.matches(exception)) {
          return problemDetails(exchange, exception);
        }
        continue;
      }
      if (advice.bean().isApplicableToBeanType(handlerType)) {
        ExceptionHandlerMethods.Match match = advice.handlers().find(exception, acceptable);
        if (match != null) {
          return invoke(exchange, handler, exception, match);
        }
      }
    }
    return false;
  }

  private boolean problemDetails(WebExchange exchange, Exception exception) {
    ResponseEntity<Object> entity = this.problemDetails.handle(exception, Locale.getDefault());
    if (entity == null) {
      return false;
    }
    Object body = entity.getBody();
    if (body instanceof org.springframework.http.ProblemDetail detail && detail.getInstance() == null) {
      detail.setInstance(java.net.URI.create(exchange.path()));
    }
    try {
      this.bodyWriter.write(exchange, entity.getStatusCode().value(), entity.getHeaders(), body, null);
      return true;
    } catch (Exception ex) {
      logger.warn("Failure in problem-details handling of {}", exception.getClass().getName(), ex);
      return false;
    }
  }

  private boolean invoke(WebExchange exchange, @Nullable CompiledMethod handler, Exception exception,
      ExceptionHandlerMethods.Match match) {
    List<Object> provided = new ArrayList<>();
    for (Throwable current = exception; current != null; current = current.getCause() != current ? current.getCause() : null) {
      provided.add(current);
    }
    int causes = provided.size();
    if (handler != null) {
      provided.add(handler.handlerMethod());
    }
    Set<MediaType> producible = match.producibleTypes();
    exchange.producibleTypes(producible.isEmpty() ? null : producible);
    try {
      match.method().invoke(exchange, provided.toArray());
      return true;
    } catch (Throwable ex) {
      if (!provided.subList(0, causes).contains(ex)) {
        logger.warn("Failure in @ExceptionHandler {}", match.method(), ex);
      }
      exchange.producibleTypes(null);
      return exchange.response().isCommitted();
    }
  }

  /**
   * One advice bean in order, with its exception handlers; or the place of Boot's problem-details advice.
   */
  record Advice(@Nullable ControllerAdviceBean bean, @Nullable ExceptionHandlerMethods handlers, boolean problemDetails) {}
}
