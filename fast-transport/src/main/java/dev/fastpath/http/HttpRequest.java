package dev.fastpath.http;

import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a handler sees of one request. The view is valid until the response is sent; values are decoded
 * lazily and only when asked for.
 *
 * @since 0.1
 */
public interface HttpRequest {

  HttpMethod method();

  HttpVersion version();

  /** The request-target as received, e.g. {@code /users/42?verbose=true}. */
  String uri();

  /** The path part of the request-target, still percent-encoded. */
  String path();

  /** The query part without the {@code ?}, still percent-encoded; {@code null} when there is none. */
  @Nullable String rawQuery();

  /** Decoded query parameters (UTF-8, {@code +} as space), in order of appearance. */
  Map<String, List<String>> queryParameters();

  RequestHeaders headers();

  /** The template of the route that matched, e.g. {@code /users/{id}}; {@code null} before routing. */
  @Nullable String routeTemplate();

  /** The percent-decoded value of a path variable of the matched route, or {@code null}. */
  @Nullable String pathVariable(String name);

  /** All path variables of the matched route, decoded, in template order. */
  Map<String, String> pathVariables();

  /** Number of path variables of the matched route (0 before routing). */
  int pathVariableCount();

  /**
   * The percent-decoded value of the path variable at {@code index} in template order. Lets a
   * precompiled argument resolver read a variable without a name lookup.
   *
   * @throws IndexOutOfBoundsException if there is no such variable
   */
  String pathVariable(int index);

  RequestBody body();

  /** The peer's address; for a Unix-domain socket its path form. */
  @Nullable SocketAddress remoteAddress();

  @Nullable SocketAddress localAddress();
}
