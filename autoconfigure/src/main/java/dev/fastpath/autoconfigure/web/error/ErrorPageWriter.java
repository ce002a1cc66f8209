package dev.fastpath.autoconfigure.web.error;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.autoconfigure.web.write.BodyWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.web.error.Error;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders an {@link ErrorPage} as a Spring Boot 4 Web MVC application does after {@code sendError}:
 * Boot's {@code BasicErrorController} with {@code DefaultErrorAttributes}. The body is the error JSON
 * ({@code timestamp}, {@code status}, {@code error}, and — as {@code spring.web.error.include-*} says —
 * {@code exception}, {@code message}, {@code errors}, {@code trace}, {@code path}), Boot's whitelabel
 * HTML page when the request prefers {@code text/html}, or nothing when the request accepts neither.
 *
 * @since 0.1
 */
public final class ErrorPageWriter {

  private static final MediaType TEXT_HTML_UTF8 = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final ErrorProperties properties;
  private final BodyWriter bodyWriter;

  public ErrorPageWriter(ErrorProperties properties, BodyWriter bodyWriter) {
    this.properties = properties;
    this.bodyWriter = bodyWriter;
  }

  public void write(WebExchange exchange, ErrorPage page) {
    if (exchange.response().isCommitted()) {
      return;
    }
    exchange.producibleTypes(null);
    exchange.response().status(page.status());
    exchange.addResponseHeaders(page.headers());
    if (page.status() == 204) {
      exchange.response().send();
      return;
    }
    boolean html = prefersHtml(exchange);
    Map<String, @Nullable Object> attributes = attributes(exchange, page, html);
    if (html) {
      exchange.response().setHeader(HttpHeaders.CONTENT_TYPE, TEXT_HTML_UTF8.toString())
          .send(whitelabel(attributes), StandardCharsets.UTF_8);
      return;
    }
    try {
      this.bodyWriter.write(exchange, page.status(), null, attributes, null);
    } catch (HttpMediaTypeNotAcceptableException ex) {
      // BasicErrorController#mediaTypeNotAcceptable: the status, no body
      exchange.response().send();
    }
  }

  /**
   * Whether Spring MVC maps {@code /error} to {@code errorHtml} ({@code produces = "text/html"}) rather
   * than {@code error} (no {@code produces}): {@code ProducesRequestCondition.compareTo} over the
   * sorted {@code Accept} list, where the condition without {@code produces} stands for {@code *}{@code /*}.
   */
  static boolean prefersHtml(WebExchange exchange) {
    List<MediaType> acceptable;
    try {
      acceptable = exchange.acceptableMediaTypes();
    } catch (HttpMediaTypeNotAcceptableException ex) {
      return false;
    }
    for (MediaType type : acceptable) {
      if (type.isWildcardType() && type.isWildcardSubtype()) {
        return false;
      }
      if (type.includes(MediaType.TEXT_HTML)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, @Nullable Object> attributes(WebExchange exchange, ErrorPage page, boolean html) {
    Map<String, @Nullable Object> attributes = new LinkedHashMap<>();
    attributes.put("timestamp", new Date());
    attributes.put("status", page.status());
    HttpStatus status = HttpStatus.resolve(page.status());
    attributes.put("error", status != null ? status.getReasonPhrase() : "Http Status " + page.status());
    Throwable error = page.exception();
    if (error != null) {
      if (this.properties.isIncludeException()) {
        attributes.put("exception", error.getClass().getName());
      }
      if (include(this.properties.getIncludeStacktrace(), exchange, "trace")) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        attributes.put("trace", trace.toString());
      }
    }
    boolean message = include(this.properties.getIncludeMessage(), exchange, "message");
    boolean errors = include(this.properties.getIncludeBindingErrors(), exchange, "errors");
    if (error instanceof BindingResult result) {
      putIf(message, attributes, "message", "Validation failed for object='%s'. Error count: %s"
          .formatted(result.getObjectName(), result.getAllErrors().size()));
      putIf(errors, attributes, "errors", Error.wrapIfNecessary(result.getAllErrors()));
    } else if (error instanceof MethodValidationResult result) {
      putIf(message, attributes, "message", "Validation failed for method='%s'. Error count: %s"
          .formatted(result.getMethod(), result.getAllErrors().size()));
      putIf(errors, attributes, "errors", Error.wrapIfNecessary(result.getAllErrors()));
    } else {
      putIf(message, attributes, "message", message(page, error));
    }
    if (include(this.properties.getIncludePath(), exchange, "path")) {
      attributes.put("path", exchange.path());
    }
    return attributes;
  }

  private static String message(ErrorPage page, @Nullable Throwable error) {
    if (StringUtils.hasLength(page.message())) {
      return page.message();
    }
    if (error != null && StringUtils.hasLength(error.getMessage())) {
      return error.getMessage();
    }
    return "No message available";
  }

  private static void putIf(boolean include, Map<String, @Nullable Object> attributes, String key, Object value) {
    if (include) {
      attributes.put(key, value);
    }
  }

  /** {@code ALWAYS}, {@code NEVER}, or {@code ON_PARAM}: a request parameter present and not {@code false}. */
  private static boolean include(ErrorProperties.IncludeAttribute attribute, WebExchange exchange, String parameter) {
    return switch (attribute) {
      case ALWAYS -> true;
      case NEVER -> false;
      case ON_PARAM -> {
        List<String> values = exchange.parameterValues(parameter);
        yield values != null && !values.isEmpty() && !"false".equalsIgnoreCase(values.get(0));
      }
    };
  }

  private static String whitelabel(Map<String, @Nullable Object> model) {
    StringBuilder html = new StringBuilder("<html><body><h1>Whitelabel Error Page</h1>")
        .append("<p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p>")
        .append("<div id='created'>").append(escape(model.get("timestamp"))).append("</div>")
        .append("<div>There was an unexpected error (type=").append(escape(model.get("error")))
        .append(", status=").append(escape(model.get("status"))).append(").</div>");
    if (model.get("message") != null) {
      html.append("<div>").append(escape(model.get("message"))).append("</div>");
    }
    if (model.get("trace") != null) {
      html.append("<div style='white-space:pre-wrap;'>").append(escape(model.get("trace"))).append("</div>");
    }
    return html.append("</body></html>").toString();
  }

  private static String escape(@Nullable Object value) {
    return value != null ? HtmlUtils.htmlEscape(value.toString()) : "";
  }
}
