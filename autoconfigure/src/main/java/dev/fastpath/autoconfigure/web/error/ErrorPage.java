package dev.fastpath.autoconfigure.web.error;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * What Servlet's {@code response.sendError} records in Spring MVC and Boot's error controller then
 * renders: the status, the message given to {@code sendError} (if any), headers added before it, and
 * the exception that {@code DefaultErrorAttributes} saw.
 *
 * @param status the status code
 * @param message the {@code sendError} message, or {@code null}
 * @param headers headers to add to the error answer (e.g. {@code Allow} on a 405)
 * @param exception the exception being handled, or {@code null}
 * @since 0.1
 */
public record ErrorPage(int status, @Nullable String message, HttpHeaders headers, @Nullable Throwable exception) {

  public static ErrorPage of(int status, @Nullable Throwable exception) {
    return new ErrorPage(status, null, HttpHeaders.EMPTY, exception);
  }
}
