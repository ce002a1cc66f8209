package dev.fastpath.transport;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.UnmatchedRequestHandler;
import java.util.Set;

/**
 * The engine's answer when no route matched: {@code 404}; {@code 405} with {@code Allow} (RFC 9110
 * §15.5.6) when the path exists for other methods; {@code 200} with {@code Allow} and no body for an
 * {@code OPTIONS} request to such a path or to {@code *} (RFC 9110 §9.3.7). Error bodies are
 * {@code application/problem+json}.
 *
 * @since 0.1
 */
public final class DefaultUnmatchedRequestHandler implements UnmatchedRequestHandler {

  private static final String SERVER_METHODS = "GET,HEAD,POST,PUT,DELETE,PATCH,OPTIONS";

  /** The shared instance. */
  public static final DefaultUnmatchedRequestHandler INSTANCE = new DefaultUnmatchedRequestHandler();

  private DefaultUnmatchedRequestHandler() {}

  @Override
  public void handle(HttpRequest request, HttpResponse response, Set<HttpMethod> allowedMethods) {
    if (request.method() == HttpMethod.OPTIONS && "*".equals(request.path())) {
      // RFC 9110 §9.3.7: OPTIONS * asks about the server as a whole.
      response.setHeader("Allow", SERVER_METHODS).status(200).send();
      return;
    }
    if (allowedMethods.isEmpty()) {
      problem(response, 404);
      return;
    }
    response.setHeader("Allow", allowHeader(allowedMethods));
    if (request.method() == HttpMethod.OPTIONS) {
      response.status(200).send();
    } else {
      problem(response, 405);
    }
  }

  /** The {@code Allow} field value: the methods in declaration order, comma-separated without spaces as Spring writes it. */
  public static String allowHeader(Set<HttpMethod> methods) {
    StringBuilder allow = new StringBuilder(32);
    for (HttpMethod method : HttpMethod.values()) {
      if (methods.contains(method)) {
        if (!allow.isEmpty()) {
          allow.append(",");
        }
        allow.append(method.name());
      }
    }
    return allow.toString();
  }

  private static void problem(HttpResponse response, int status) {
    response.status(status).setHeader("Content-Type", ProblemDetails.CONTENT_TYPE)
        .send(ProblemDetails.body(status, null));
  }
}
