package dev.fastpath.metrics;

import dev.fastpath.http.HttpMethod;

/**
 * Receives connection and request events from an engine. Every method has an empty default, and the
 * engine skips its bookkeeping (clock reads) entirely when the listener is {@link #NOOP}.
 *
 * <p>Calls come from event-loop threads, concurrently from several loops, so implementations must be
 * thread-safe, must not block and should be cheap (increment a counter, record into a timer). A listener
 * that throws is logged and otherwise ignored.
 *
 * @since 0.1
 */
public interface TransportListener {

  /** The listener that ignores every event. */
  TransportListener NOOP = new TransportListener() {};

  /** A connection was accepted (TCP or Unix-domain socket). */
  default void connectionOpened() {}

  /**
   * A connection was closed.
   *
   * @param durationNanos how long it was open
   * @param requests how many requests it carried
   */
  default void connectionClosed(long durationNanos, long requests) {}

  /** A complete request was received and is about to be routed (or answered 503 when overloaded). */
  default void requestStarted(HttpMethod method) {}

  /**
   * The response to a started request was handed to the connection (every started request ends here
   * exactly once, unless its connection closed first).
   *
   * @param request a view that is valid only during this call: read what you need, do not keep it
   */
  default void requestCompleted(CompletedRequest request) {}

  /**
   * The engine answered or dropped a request without running a handler for the given reason (a
   * malformed request, a limit, a timeout, overload); for {@link RejectionReason#OVERLOADED} the request
   * was started and is also reported to {@link #requestCompleted(CompletedRequest)} with status 503.
   */
  default void requestRejected(RejectionReason reason) {}
}
