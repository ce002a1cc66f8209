package dev.fastpath.autoconfigure.metrics;

import dev.fastpath.http.HttpMethod;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.jspecify.annotations.Nullable;

/**
 * The tags of {@code http.server.requests}, computed the way Spring's
 * {@code DefaultServerRequestObservationConvention} and Micrometer's {@code DefaultMeterObservationHandler}
 * compute them for Spring MVC and WebFlux, so dashboards and alerts keep working: {@code method},
 * {@code uri} (the route template, never the raw path), {@code status}, {@code outcome}, {@code exception}
 * and {@code error}.
 */
final class HttpServerRequestsTags {

  static final String URI_ROOT = "root";
  static final String URI_NOT_FOUND = "NOT_FOUND";
  static final String URI_REDIRECTION = "REDIRECTION";
  static final String URI_UNKNOWN = "UNKNOWN";

  private HttpServerRequestsTags() {}

  static Tags of(HttpMethod method, @Nullable String template, int status, @Nullable Class<?> exception) {
    String exceptionName = exception != null ? exceptionName(exception) : KeyValue.NONE_VALUE;
    return Tags.of(
        Tag.of("error", exceptionName),
        Tag.of("exception", exceptionName),
        Tag.of("method", method.name()),
        Tag.of("outcome", outcome(status)),
        Tag.of("status", Integer.toString(status)),
        Tag.of("uri", uri(template, status)));
  }

  /** The template when a route matched; otherwise a constant by status (unmatched paths never leak). */
  static String uri(@Nullable String template, int status) {
    if (template != null) {
      return template.isEmpty() ? URI_ROOT : template;
    }
    if (status >= 300 && status < 400) {
      return URI_REDIRECTION;
    }
    return status == 404 ? URI_NOT_FOUND : URI_UNKNOWN;
  }

  /** Spring's {@code HttpOutcome}: the status series. */
  static String outcome(int status) {
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }

  private static String exceptionName(Class<?> exception) {
    String simpleName = exception.getSimpleName();
    return simpleName.isEmpty() ? exception.getName() : simpleName;
  }
}
