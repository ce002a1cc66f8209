package dev.fastpath.transport;

/**
 * Immutable engine configuration.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the TCP port; 0 picks a free one
 * @since 0.1
 */
public record ServerConfig(String host, int port) {

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
  }
}
