package dev.fastpath.metrics;

/**
 * Live gauges of a running server: each call reads the current value, so a metrics library can poll
 * them. Cheap to call, from any thread.
 *
 * @since 0.1
 */
public interface ServerMetrics {

  /** Connections open now. */
  long activeConnections();

  /** Connections accepted since start. */
  long totalConnections();

  /** Requests received whose response has not been handed to the connection yet. */
  long requestsInFlight();

  /** Offloaded handlers running on virtual threads now. */
  long offloadedInFlight();

  /** Whether the listeners accept new connections (false at the connection limit or when shut down). */
  boolean accepting();

  /** Number of event loops. */
  int eventLoops();

  /** Tasks queued on all event loops (a sign of overload when it keeps growing). */
  long pendingTasks();

  /** Bytes of direct memory held by the pooled allocator. */
  long usedDirectMemory();

  /** Bytes of heap memory held by the pooled allocator. */
  long usedHeapMemory();
}
