package dev.fastpath.metrics;

/**
 * Why the engine answered or dropped a request without running a handler.
 *
 * @since 0.1
 */
public enum RejectionReason {
  /** Invalid syntax or framing (400), including smuggling defences. */
  MALFORMED,
  /** Request line over the limit (414). */
  URI_TOO_LONG,
  /** Header section over the size or count limit (431). */
  HEADERS_TOO_LARGE,
  /** Body over the limit (413). */
  BODY_TOO_LARGE,
  /** Unsupported transfer coding (501) or protocol version (505). */
  UNSUPPORTED,
  /** The request head did not arrive within the header-read timeout (408). */
  HEADER_TIMEOUT,
  /** The request body did not arrive within the body-read timeout (408). */
  BODY_TIMEOUT,
  /** Every virtual-thread handler slot was taken (503 with {@code Retry-After}). */
  OVERLOADED,
  /** A connection was accepted beyond the connection limit and closed at once. */
  CONNECTION_LIMIT
}
