package dev.fastpath.autoconfigure.web.error;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * What Boot registers as {@code ProblemDetailsExceptionHandler} ({@code @ControllerAdvice @Order(0)},
 * a {@code ResponseEntityExceptionHandler}) when {@code spring.mvc.problemdetails.enabled=true}: Spring
 * MVC's exceptions answered as RFC 9457 problem details, with the same status, headers, titles and
 * details. It is one advice among the user's, ordered by its {@code @Order(0)}.
 *
 * @since 0.1
 */
final class ProblemDetailsAdvice {

  /** The order Boot gives its advice bean. */
  static final int ORDER = 0;

  /** The exception types of {@code ResponseEntityExceptionHandler#handleException}'s {@code @ExceptionHandler}. */
  private static final List<Class<?>> HANDLED = List.of(ErrorResponseException.class,
      HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
      HttpMediaTypeNotAcceptableException.class, ServletRequestBindingException.class,
      MethodArgumentNotValidException.class, HandlerMethodValidationException.class, NoRouteFoundException.class,
      ConversionNotSupportedException.class, TypeMismatchException.class, HttpMessageNotReadableException.class,
      HttpMessageNotWritableException.class, MethodValidationException.class);

  private final MessageSource messageSource;

  ProblemDetailsAdvice(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  /** Whether this advice's handler method matches the exception or one of its causes. */
  static boolean matches(Throwable exception) {
    for (Throwable current = exception; current != null; current = current.getCause() != current ? current.getCause() : null) {
      if (handles(current)) {
        return true;
      }
    }
    return false;
  }

  private static boolean handles(Throwable exception) {
    for (Class<?> type : HANDLED) {
      if (type.isInstance(exception)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The answer {@code handleException} gives, or {@code null} when it rethrows (the exception matched
   * only through a cause), in which case Spring continues with its default resolution.
   */
  @Nullable ResponseEntity<Object> handle(Throwable exception, Locale locale) {
    if (!handles(exception)) {
      return null;
    }
    if (exception instanceof ErrorResponse errorResponse) {
      ProblemDetail body = errorResponse.updateAndGetBody(this.messageSource, locale);
      return new ResponseEntity<>(body, errorResponse.getHeaders(), errorResponse.getStatusCode());
    }
    if (exception instanceof ConversionNotSupportedException ex) {
      Object[] args = {ex.getPropertyName(), ex.getValue()};
      return entity(ex, HttpStatus.INTERNAL_SERVER_ERROR, "Failed to convert '" + args[0] + "' with value: '" + args[1] + "'",
          null, args, locale);
    }
    if (exception instanceof TypeMismatchException ex) {
      Object[] args = {ex.getPropertyName(), ex.getValue(),
          ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : ""};
      return entity(ex, HttpStatus.BAD_REQUEST, "Failed to convert '" + args[0] + "' with value: '" + args[1] + "'",
          ErrorResponse.getDefaultDetailMessageCode(TypeMismatchException.class, null), args, locale);
    }
    if (exception instanceof HttpMessageNotReadableException ex) {
      return entity(ex, HttpStatus.BAD_REQUEST, "Failed to read request", null, null, locale);
    }
    if (exception instanceof HttpMessageNotWritableException ex) {
      return entity(ex, HttpStatus.INTERNAL_SERVER_ERROR, "Failed to write request", null, null, locale);
    }
    return entity((Exception) exception, HttpStatus.INTERNAL_SERVER_ERROR, "Validation failed", null, null, locale);
  }

  private ResponseEntity<Object> entity(Exception ex, HttpStatusCode status, String defaultDetail,
      @Nullable String messageCode, Object @Nullable [] args, Locale locale) {
    ErrorResponse.Builder builder = ErrorResponse.builder(ex, status, defaultDetail);
    if (messageCode != null) {
      builder.detailMessageCode(messageCode);
    }
    if (args != null) {
      builder.detailMessageArguments(args);
    }
    ProblemDetail body = builder.build().updateAndGetBody(this.messageSource, locale);
    return new ResponseEntity<>(body, new HttpHeaders(), status);
  }
}
