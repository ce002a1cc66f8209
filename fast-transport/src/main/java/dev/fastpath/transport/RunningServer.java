package dev.fastpath.transport;

import dev.fastpath.metrics.ServerMetrics;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * A started engine: its bound addresses, live metrics, and the ways to stop it.
 *
 * @since 0.1
 */
public interface RunningServer extends AutoCloseable {

  /** The bound TCP port (the actual one when the configured port was 0), or -1 when TCP is disabled. */
  int port();

  /** The bound Unix-domain socket, or {@code null} when none was configured. */
  @Nullable UnixDomainSocketAddress unixSocketAddress();

  /** Live gauges of this server. */
  ServerMetrics metrics();

  /**
   * Stops accepting at once, lets requests already received complete (their responses carry
   * {@code Connection: close}), closes idle keep-alive connections, and once every connection is closed
   * or {@code timeout} has passed, closes what is left and releases the event loops.
   *
   * @return completes with {@code true} when every connection finished within the timeout, {@code false}
   *     when some were closed by force; calling it again returns the same stage
   */
  CompletionStage<Boolean> shutdownGracefully(Duration timeout);

  /** Stops at once: closes listeners and connections and releases the event loops; returns when done. */
  @Override
  void close();
}
