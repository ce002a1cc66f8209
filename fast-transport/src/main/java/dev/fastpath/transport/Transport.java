package dev.fastpath.transport;

/**
 * The socket I/O mechanism of the Fastpath engine's event loops.
 *
 * @since 0.1
 */
public enum Transport {
  /** io_uring if the kernel and native library allow it, else epoll, else NIO; the choice is logged. */
  AUTO,
  /** Linux io_uring (kernel 5.14 or later); fails at start-up when unavailable. */
  IO_URING,
  /** Linux epoll; fails at start-up when unavailable. */
  EPOLL,
  /** The JDK's selector-based NIO: available everywhere, no {@code SO_REUSEPORT} multi-listener accept. */
  NIO
}
