package dev.fastpath.metrics;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TransportListener} learns of a completed request. The engine reuses the object for the
 * connection's next request: it is valid only during {@link TransportListener#requestCompleted}.
 *
 * @since 0.1
 */
public interface CompletedRequest {

  HttpMethod method();

  /** The template of the matched route (e.g. {@code /users/{id}}), or {@code null} when none matched. */
  @Nullable String routeTemplate();

  /** The response status. */
  int status();

  /** From the complete receipt of the request until its response was handed to the connection. */
  long durationNanos();

  /** Request bytes: the body length as received (after chunked decoding). */
  long bytesIn();

  /** Response body bytes written (0 for {@code HEAD}, {@code 204}, {@code 304}). */
  long bytesOut();

  /** The exception the handler threw, when the engine turned one into the response; else {@code null}. */
  @Nullable Throwable error();

  /**
   * The request itself, for listeners that need more than this summary (an access log reads the target,
   * the protocol version, the peer's address and headers). Valid only during
   * {@link TransportListener#requestCompleted}; {@code null} when the engine cannot offer it.
   *
   * @since 0.1
   */
  default @Nullable HttpRequest request() {
    return null;
  }
}
