package dev.fastpath.routing;

import dev.fastpath.http.HttpException;

/**
 * A request path with a {@code %} that is not followed by two hex digits (RFC 3986 §2.1). Thrown by
 * {@link Router#find}; the server answers {@code 400 Bad Request}. The message is safe to show: it
 * does not echo the path.
 *
 * @since 0.1
 */
public final class InvalidPathEncodingException extends HttpException {

  InvalidPathEncodingException(int index) {
    super(400, "Malformed percent-encoding in the request path at index " + index, true);
  }
}
