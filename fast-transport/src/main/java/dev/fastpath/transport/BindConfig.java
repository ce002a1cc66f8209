package dev.fastpath.transport;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the engine listens.
 *
 * <p>A TCP listener is bound to {@code host}:{@code port} unless {@code port} is {@value #PORT_DISABLED};
 * a Unix-domain socket listener is bound to {@code unixSocket} when it is set, in addition to the TCP one
 * or as the only listener. Both serve the same routes through the same pipeline.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}; {@code 0.0.0.0} (the default) for all IPv4
 *     interfaces
 * @param port the TCP port; {@code 0} (the default) lets the kernel pick a free one,
 *     {@value #PORT_DISABLED} disables TCP (then {@code unixSocket} is required)
 * @param unixSocket the path of a Unix-domain socket to listen on, or {@code null} (the default) for none;
 *     a stale socket file at that path is replaced, any other file there fails start-up
 * @since 0.1
 */
public record BindConfig(String host, int port, @Nullable Path unixSocket) {

  /** The {@code port} value that disables the TCP listener. */
  public static final int PORT_DISABLED = -1;

  /** {@code 0.0.0.0}, a random port, no Unix-domain socket. */
  public static final BindConfig DEFAULTS = new BindConfig("0.0.0.0", 0, null);

  public BindConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < PORT_DISABLED || port > 65535) {
      throw new IllegalArgumentException("port must be between -1 (disabled) and 65535, was " + port);
    }
    if (port == PORT_DISABLED && unixSocket == null) {
      throw new IllegalArgumentException("port is -1 (TCP disabled) but no unixSocket is set: nothing to listen on");
    }
  }

  /** Whether a TCP listener is bound. */
  public boolean tcpEnabled() {
    return this.port != PORT_DISABLED;
  }
}
