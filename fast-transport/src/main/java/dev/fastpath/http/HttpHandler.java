package dev.fastpath.http;

/**
 * Answers one request. The handler completes the exchange by calling one of the response's
 * {@code send…} methods, either before it returns (synchronous) or later from any thread (asynchronous).
 * An exception thrown from {@code handle} before the response is committed becomes a 500 (or the
 * status of an {@link HttpException}).
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HttpHandler {

  void handle(HttpRequest request, HttpResponse response) throws Exception;
}
