package dev.fastpath.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Read timeouts. {@link Duration#ZERO} disables one. They are checked by one periodic task per event loop,
 * so they fire up to a tenth of the shortest timeout (at least 10 ms, at most 1 s) late.
 *
 * @param headerRead from the first byte of a request until its head (request line and header fields) is
 *     complete (default 10 s); past it the engine answers {@code 408} and closes (RFC 9110 §15.5.9),
 *     which defeats slowloris clients
 * @param idle how long a keep-alive connection may wait for its next request (default 60 s); past it
 *     the connection is closed without a response
 * @param bodyRead from the end of the head until the body is complete (default 30 s); past it the engine
 *     answers {@code 408} and closes
 * @since 0.1
 */
public record TimeoutsConfig(Duration headerRead, Duration idle, Duration bodyRead) {

  /** 10 s header read, 60 s keep-alive idle, 30 s body read. */
  public static final TimeoutsConfig DEFAULTS =
      new TimeoutsConfig(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30));

  public TimeoutsConfig {
    requireNonNegative(headerRead, "headerRead");
    requireNonNegative(idle, "idle");
    requireNonNegative(bodyRead, "bodyRead");
  }

  private static void requireNonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }
}
