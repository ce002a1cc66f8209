package dev.fastpath.routing;

/**
 * Where a route's handler runs.
 *
 * @since 0.1
 */
public enum ExecutionMode {
  /** On the connection's event loop: the handler must never block. */
  EVENT_LOOP,
  /** On a virtual thread from the engine's bounded executor: the handler may block. */
  OFFLOAD
}
