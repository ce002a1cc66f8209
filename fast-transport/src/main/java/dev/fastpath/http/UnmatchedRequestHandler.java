package dev.fastpath.http;

import java.util.Set;

/**
 * Answers a request that no route matched: {@code allowedMethods} is empty when no route has the
 * request's path (404), otherwise it lists the methods that path supports (405, or the answer to an
 * {@code OPTIONS} request). Lets an integration answer these the way its framework does.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface UnmatchedRequestHandler {

  void handle(HttpRequest request, HttpResponse response, Set<HttpMethod> allowedMethods) throws Exception;
}
