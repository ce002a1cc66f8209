package dev.fastpath.autoconfigure.web.write;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.http.HttpMethod;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.JavaType;

/**
 * {@code ResponseEntity}, {@code HttpEntity}, {@code ProblemDetail} and {@code ErrorResponse} return
 * values, as Spring's {@code HttpEntityMethodProcessor} writes them: the entity's status and headers, a
 * {@code ProblemDetail} body gets the request path as {@code instance} when it has none, and a 200
 * answer to GET/HEAD honours {@code If-None-Match} against the entity's {@code ETag} (304).
 *
 * @since 0.1
 */
final class EntityWriter implements ReturnValueWriter {

  private final BodyWriter bodyWriter;
  private final @Nullable JavaType bodyType;
  private final int defaultStatus;

  EntityWriter(BodyWriter bodyWriter, @Nullable JavaType bodyType, int defaultStatus) {
    this.bodyWriter = bodyWriter;
    this.bodyType = bodyType;
    this.defaultStatus = defaultStatus;
  }

  @Override
  public void write(@Nullable Object value, WebExchange exchange) throws Exception {
    if (value == null) {
      exchange.response().status(this.defaultStatus).send();
      return;
    }
    HttpEntity<?> entity = toEntity(value);
    int status = entity instanceof ResponseEntity<?> response ? response.getStatusCode().value() : this.defaultStatus;
    Object body = entity.getBody();
    if (body instanceof ProblemDetail detail && detail.getInstance() == null) {
      detail.setInstance(URI.create(exchange.path()));
    }
    HttpHeaders headers = entity.getHeaders();
    if (status == 200 && (exchange.method() == HttpMethod.GET || exchange.method() == HttpMethod.HEAD)
        && notModified(exchange, headers)) {
      exchange.response().status(304);
      exchange.addResponseHeaders(headers);
      exchange.response().send();
      return;
    }
    this.bodyWriter.write(exchange, status, headers, body, this.bodyType);
  }

  static HttpEntity<?> toEntity(Object value) {
    if (value instanceof ErrorResponse response) {
      return new ResponseEntity<>(response.getBody(), response.getHeaders(), response.getStatusCode());
    }
    if (value instanceof ProblemDetail detail) {
      return ResponseEntity.of(detail).build();
    }
    return (HttpEntity<?>) value;
  }

  private static boolean notModified(WebExchange exchange, HttpHeaders headers) {
    String etag = headers.getETag();
    String ifNoneMatch = exchange.header("If-None-Match");
    if (etag == null || ifNoneMatch == null) {
      return false;
    }
    String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(bare)) {
        return true;
      }
    }
    return false;
  }
}
