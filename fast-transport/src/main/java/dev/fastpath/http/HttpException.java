package dev.fastpath.http;

/**
 * An error that maps to an HTTP status. Only a <em>safe</em> message may reach the client; an unsafe
 * one may contain request bytes and is only logged (at DEBUG).
 *
 * @since 0.1
 */
public class HttpException extends RuntimeException {

  private final int status;
  private final boolean safeMessage;

  public HttpException(int status, String message, boolean safeMessage) {
    super(message);
    this.status = status;
    this.safeMessage = safeMessage;
  }

  public HttpException(int status, String message, boolean safeMessage, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.safeMessage = safeMessage;
  }

  /** The status to answer with. */
  public int status() {
    return this.status;
  }

  /** Whether {@link #getMessage()} may be shown to the client. */
  public boolean safeMessage() {
    return this.safeMessage;
  }
}
