package dev.fastpath.transport;

/**
 * Which threads carry the virtual threads that offloaded handlers run on.
 *
 * @since 0.2
 */
public enum VirtualThreadCarrier {

  /**
   * The connection's event loop: a handler's virtual thread runs as a task of the loop that read its
   * request, so handing the request over and the response back costs no thread switch. Blocking calls
   * the JDK parks a virtual thread for free the loop while they wait; long computations and calls that
   * pin the carrier (native frames, file I/O) hold it. Needs {@code java.lang} opened
   * ({@code --add-opens java.base/java.lang=ALL-UNNAMED} or {@code Add-Opens: java.base/java.lang} in the
   * jar's manifest); without it the server logs a warning and uses {@link #JDK}. The default.
   */
  EVENT_LOOP,

  /** The JDK's virtual-thread scheduler (a {@code ForkJoinPool} with one carrier per core). */
  JDK
}
