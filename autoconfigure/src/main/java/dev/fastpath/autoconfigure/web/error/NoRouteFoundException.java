package dev.fastpath.autoconfigure.web.error;

import jakarta.servlet.ServletException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * No route for the request path: what Spring MVC reports as {@code NoResourceFoundException} (its
 * static-resource handler catches every unmapped path), with the same status, title and detail
 * ({@code No static resource {path}.}) and the same {@code ServletException}/{@code ErrorResponse}
 * shape. {@code NoResourceFoundException} itself lives in {@code spring-webmvc}, which a Fastpath
 * application does not have; a global {@code @ExceptionHandler(ErrorResponse.class)} or
 * {@code (ServletException.class)} sees this one.
 *
 * @since 0.1
 */
public class NoRouteFoundException extends ServletException implements ErrorResponse {

  private final String path;
  private final ProblemDetail body;

  /**
   * @param requestUri the request path as received
   * @param resourcePath the path within Spring's {@code /**} resource mapping: without the leading slash
   */
  public NoRouteFoundException(String requestUri, String resourcePath) {
    super("No static resource " + resourcePath + " for request '" + requestUri + "'.");
    this.path = resourcePath;
    this.body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No static resource " + resourcePath + ".");
  }

  /**
   * For a request path: the resource path as {@code PathPattern.extractPathWithinPattern} gives it for
   * {@code /**} (no leading or trailing separators, repeated separators collapsed).
   */
  public static NoRouteFoundException forPath(String requestUri) {
    StringBuilder resource = new StringBuilder();
    for (String segment : requestUri.split("/")) {
      if (!segment.isEmpty()) {
        resource.append(resource.isEmpty() ? "" : "/").append(segment);
      }
    }
    return new NoRouteFoundException(requestUri, resource.toString());
  }

  /** The resource path that matched nothing. */
  public String path() {
    return this.path;
  }

  @Override
  public HttpStatusCode getStatusCode() {
    return HttpStatus.NOT_FOUND;
  }

  @Override
  public ProblemDetail getBody() {
    return this.body;
  }

  @Override
  public Object[] getDetailMessageArguments() {
    return new Object[] {this.path};
  }
}
