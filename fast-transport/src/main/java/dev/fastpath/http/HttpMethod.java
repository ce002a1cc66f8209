package dev.fastpath.http;

import org.jspecify.annotations.Nullable;

/**
 * The request methods the engine serves (RFC 9110 §9). A request with any other method is answered
 * {@code 501 Not Implemented} by the codec, as RFC 9110 §9.1 recommends.
 *
 * @since 0.1
 */
public enum HttpMethod {
  GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, TRACE, CONNECT;

  private static final HttpMethod[] VALUES = values();

  /**
   * Looks up a method by its exact (case-sensitive, RFC 9110 §9.1) name.
   *
   * @return the method, or {@code null} if the name is not one of ours
   */
  public static @Nullable HttpMethod of(String name) {
    for (HttpMethod method : VALUES) {
      if (method.name().equals(name)) {
        return method;
      }
    }
    return null;
  }
}
