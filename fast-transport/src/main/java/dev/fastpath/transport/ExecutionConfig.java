package dev.fastpath.transport;

/**
 * Where handlers run.
 *
 * @param maxConcurrency the most {@link dev.fastpath.routing.ExecutionMode#OFFLOAD offloaded} handlers
 *     running on virtual threads at once, over the whole server (default 1024); a request beyond it is
 *     answered {@code 503 Service Unavailable} with {@code Retry-After: 1}
 * @since 0.1
 */
public record ExecutionConfig(int maxConcurrency) {

  /** 1024 offloaded handlers at once. */
  public static final ExecutionConfig DEFAULTS = new ExecutionConfig(1024);

  public ExecutionConfig {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
    }
  }
}
