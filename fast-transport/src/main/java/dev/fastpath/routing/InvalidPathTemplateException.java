package dev.fastpath.routing;

/**
 * A path template that cannot be compiled: unbalanced braces, a bad variable name, a {@code **} or
 * {@code {*name}} that is neither first nor last, a duplicate variable name or an invalid regex. The
 * message names the template and the (0-based) character position.
 *
 * @since 0.1
 */
public final class InvalidPathTemplateException extends IllegalArgumentException {

  private final String template;
  private final int position;

  InvalidPathTemplateException(String template, int position, String reason) {
    this(template, position, reason, null);
  }

  InvalidPathTemplateException(String template, int position, String reason, Throwable cause) {
    super("Invalid path template \"" + template + "\" at position " + position + ": " + reason, cause);
    this.template = template;
    this.position = position;
  }

  /** The template as written. */
  public String template() {
    return this.template;
  }

  /** The 0-based index of the offending character in {@link #template()}. */
  public int position() {
    return this.position;
  }
}
