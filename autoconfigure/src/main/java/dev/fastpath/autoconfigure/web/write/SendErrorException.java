package dev.fastpath.autoconfigure.web.write;

/**
 * What Servlet's {@code response.sendError(status, reason)} does in Spring MVC for a handler method
 * annotated {@code @ResponseStatus(code = …, reason = "…")}: the answer becomes the error page (Boot's
 * error JSON) with that status and message. Not an error of the application; exception handlers never
 * see it.
 *
 * @since 0.1
 */
public final class SendErrorException extends RuntimeException {

  private final int status;

  public SendErrorException(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  public int status() {
    return this.status;
  }
}
