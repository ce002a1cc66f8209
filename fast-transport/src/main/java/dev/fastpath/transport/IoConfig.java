package dev.fastpath.transport;

import java.util.Objects;

/**
 * Event loops and socket options.
 *
 * @param transport the I/O mechanism; default {@link Transport#AUTO}
 * @param eventLoops number of event loops (and, with {@code reusePort}, of listening sockets); {@code 0}
 *     (the default) means one per available processor as the JVM sees it, so container CPU quotas count
 * @param reusePort with epoll or io_uring, bind one listening socket per event loop with
 *     {@code SO_REUSEPORT} so the kernel spreads connections over the loops (default {@code true}); NIO
 *     always uses one listener
 * @param backlog the accept queue length of each listening socket (default 1024)
 * @param tcpNoDelay {@code TCP_NODELAY} on accepted connections (default {@code true})
 * @param soKeepAlive {@code SO_KEEPALIVE} on accepted connections (default {@code false})
 * @param receiveBufferSize {@code SO_RCVBUF} in bytes; {@code 0} (the default) keeps the OS default
 * @param sendBufferSize {@code SO_SNDBUF} in bytes; {@code 0} (the default) keeps the OS default
 * @since 0.1
 */
public record IoConfig(
    Transport transport,
    int eventLoops,
    boolean reusePort,
    int backlog,
    boolean tcpNoDelay,
    boolean soKeepAlive,
    int receiveBufferSize,
    int sendBufferSize) {

  /** Automatic transport, one loop per processor, {@code SO_REUSEPORT}, backlog 1024, no delay. */
  public static final IoConfig DEFAULTS = new IoConfig(Transport.AUTO, 0, true, 1024, true, false, 0, 0);

  public IoConfig {
    Objects.requireNonNull(transport, "transport");
    requireNonNegative(eventLoops, "eventLoops");
    if (backlog < 1) {
      throw new IllegalArgumentException("backlog must be at least 1, was " + backlog);
    }
    requireNonNegative(receiveBufferSize, "receiveBufferSize");
    requireNonNegative(sendBufferSize, "sendBufferSize");
  }

  private static void requireNonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }
}
