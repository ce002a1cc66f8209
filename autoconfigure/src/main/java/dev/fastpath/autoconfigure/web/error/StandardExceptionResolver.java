package dev.fastpath.autoconfigure.web.error;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.util.StringUtils;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Spring MVC's fallback exception resolvers, in their order: {@code ResponseStatusExceptionResolver}
 * ({@code ResponseStatusException}, {@code @ResponseStatus} on the exception class or a cause's
 * class) then {@code DefaultHandlerExceptionResolver} ({@code ErrorResponse} exceptions with their
 * status, headers and detail; type mismatches and unreadable bodies 400; conversion, write and method
 * validation failures 500). Returns the resulting {@code sendError}, or {@code null} when neither
 * resolves the exception (an unhandled 500).
 *
 * @since 0.1
 */
final class StandardExceptionResolver {

  private final MessageSource messageSource;

  StandardExceptionResolver(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  @Nullable ErrorPage resolve(Throwable exception) {
    ErrorPage page = responseStatus(exception, exception);
    return page != null ? page : defaultResolution(exception);
  }

  private @Nullable ErrorPage responseStatus(Throwable original, Throwable exception) {
    if (exception instanceof ResponseStatusException rse) {
      return statusAndReason(rse.getStatusCode().value(), rse.getReason(), rse.getHeaders(), original);
    }
    ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
    if (status != null) {
      return statusAndReason(status.code().value(), status.reason(), HttpHeaders.EMPTY, original);
    }
    if (exception.getCause() instanceof Exception cause && cause != exception) {
      return responseStatus(original, cause);
    }
    return null;
  }

  private ErrorPage statusAndReason(int status, @Nullable String reason, HttpHeaders headers, Throwable original) {
    if (!StringUtils.hasLength(reason)) {
      return new ErrorPage(status, null, headers, original);
    }
    String resolved = this.messageSource.getMessage(reason, null, reason, Locale.getDefault());
    return new ErrorPage(status, resolved, headers, original);
  }

  private static @Nullable ErrorPage defaultResolution(Throwable exception) {
    if (exception instanceof ErrorResponse errorResponse) {
      return new ErrorPage(errorResponse.getStatusCode().value(), errorResponse.getBody().getDetail(),
          errorResponse.getHeaders(), exception);
    }
    if (exception instanceof ConversionNotSupportedException || exception instanceof HttpMessageNotWritableException
        || exception instanceof MethodValidationException) {
      return ErrorPage.of(500, exception);
    }
    if (exception instanceof TypeMismatchException || exception instanceof HttpMessageNotReadableException) {
      return ErrorPage.of(400, exception);
    }
    return null;
  }
}
