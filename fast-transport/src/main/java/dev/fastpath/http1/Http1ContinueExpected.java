package dev.fastpath.http1;

/**
 * Emitted by {@link Http1RequestDecoder} in request order when a request's head asked for
 * {@code Expect: 100-continue} and its body has not started to arrive (RFC 9110 §10.1.1): the connection
 * answers {@code 100 Continue} once every earlier request of the connection has its response on the
 * wire, so the interim response is never taken for one of theirs. The request itself follows when its
 * body is complete.
 *
 * @since 0.2
 */
public enum Http1ContinueExpected {

  /** The one marker. */
  INSTANCE
}
