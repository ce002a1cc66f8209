package dev.fastpath.autoconfigure.web;

import dev.fastpath.autoconfigure.web.error.ExceptionHandling;
import dev.fastpath.autoconfigure.web.error.NoRouteFoundException;
import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.UnmatchedRequestHandler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * Answers requests no route matched as a Spring Boot Web MVC application does: an unknown path is
 * {@code NoResourceFoundException}'s 404 (Boot's error JSON), a known path with another method is a 405
 * with {@code Allow} listing the declared methods, and {@code OPTIONS} is Spring's
 * {@code HttpOptionsHandler} answer: 200 with {@code Allow} (the declared methods, {@code HEAD} with
 * {@code GET}, and {@code OPTIONS}; every method but {@code TRACE} for mappings without methods).
 * User {@code @ControllerAdvice} exception handlers apply to the 404 and 405 as in Spring.
 *
 * @since 0.1
 */
final class UnmatchedRequests implements UnmatchedRequestHandler {

  /** The methods Fastpath registers for a mapping that declares none (Spring maps all but OPTIONS). */
  static final Set<HttpMethod> ALL_METHODS = EnumSet.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
      HttpMethod.PATCH, HttpMethod.DELETE);
  /** Spring's {@code HttpMethod.values()} order, which its Allow header follows for "all methods". */
  private static final List<HttpMethod> SPRING_ORDER = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
      HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

  private final ExceptionHandling exceptions;

  /** The {@code Allow} value of {@code OPTIONS *}: what Tomcat answers with TRACE disallowed. */
  private static final String SERVER_ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

  UnmatchedRequests(ExceptionHandling exceptions) {
    this.exceptions = exceptions;
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response, Set<HttpMethod> allowedMethods) {
    String path = request.path();
    if (request.method() == HttpMethod.OPTIONS && "*".equals(path)) {
      // RFC 9110 §9.3.7: OPTIONS * asks about the server itself; answered as Tomcat does under Spring MVC.
      response.status(200).setHeader("Allow", SERVER_ALLOW).send();
      return;
    }
    WebExchange exchange = new WebExchange(request, response);
    if (allowedMethods.isEmpty()) {
      this.exceptions.handle(exchange, null, NoRouteFoundException.forPath(path));
      return;
    }
    Set<HttpMethod> declared = declared(allowedMethods);
    if (request.method() == HttpMethod.OPTIONS) {
      response.status(200).setHeader("Allow", allow(declared)).send();
      return;
    }
    List<String> names = new ArrayList<>();
    for (HttpMethod method : SPRING_ORDER) {
      if (declared.contains(method)) {
        names.add(method.name());
      }
    }
    this.exceptions.handle(exchange, null, new HttpRequestMethodNotSupportedException(request.method().name(), names));
  }

  /** What the path's mappings declare: the engine adds {@code HEAD} for {@code GET} by itself. */
  private static Set<HttpMethod> declared(Set<HttpMethod> allowed) {
    Set<HttpMethod> declared = EnumSet.noneOf(HttpMethod.class);
    declared.addAll(allowed);
    declared.remove(HttpMethod.TRACE);
    declared.remove(HttpMethod.CONNECT);
    if (declared.contains(HttpMethod.GET)) {
      declared.remove(HttpMethod.HEAD);
    }
    declared.remove(HttpMethod.OPTIONS);
    return declared;
  }

  private static String allow(Set<HttpMethod> declared) {
    Set<HttpMethod> allow = EnumSet.noneOf(HttpMethod.class);
    if (declared.containsAll(ALL_METHODS)) {
      allow.addAll(SPRING_ORDER);
    } else {
      allow.addAll(declared);
      if (declared.contains(HttpMethod.GET)) {
        allow.add(HttpMethod.HEAD);
      }
      allow.add(HttpMethod.OPTIONS);
    }
    StringBuilder header = new StringBuilder();
    for (HttpMethod method : SPRING_ORDER) {
      if (allow.contains(method)) {
        header.append(header.isEmpty() ? "" : ",").append(method.name());
      }
    }
    return header.toString();
  }
}
