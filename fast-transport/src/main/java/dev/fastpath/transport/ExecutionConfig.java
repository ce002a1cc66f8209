package dev.fastpath.transport;

import java.util.Objects;

/**
 * Where handlers run.
 *
 * @param maxConcurrency the most virtual threads running {@link dev.fastpath.routing.ExecutionMode#OFFLOAD
 *     offloaded} handlers at once, over the whole server (default 1024; the pipelined requests of one read
 *     share one thread); a request beyond it is answered {@code 503 Service Unavailable} with
 *     {@code Retry-After: 1}
 * @param carrier which threads carry those virtual threads (default {@link VirtualThreadCarrier#EVENT_LOOP})
 * @since 0.1
 */
public record ExecutionConfig(int maxConcurrency, VirtualThreadCarrier carrier) {

  /** 1024 offloaded handlers at once, carried by the event loops. */
  public static final ExecutionConfig DEFAULTS = new ExecutionConfig(1024, VirtualThreadCarrier.EVENT_LOOP);

  public ExecutionConfig {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
    }
    Objects.requireNonNull(carrier, "carrier");
  }

  /** The given limit, carried by the event loops. */
  public ExecutionConfig(int maxConcurrency) {
    this(maxConcurrency, VirtualThreadCarrier.EVENT_LOOP);
  }
}
