package dev.fastpath.transport;

/**
 * A server could not start. When a listener's address was in use, the cause is a
 * {@link java.net.BindException}.
 *
 * @since 0.1
 */
public class ServerStartException extends RuntimeException {

  public ServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
