package dev.fastpath.http;

/**
 * The protocol versions the HTTP/1 codec accepts; anything else is answered
 * {@code 505 HTTP Version Not Supported}.
 *
 * @since 0.1
 */
public enum HttpVersion {
  HTTP_1_0("HTTP/1.0"),
  HTTP_1_1("HTTP/1.1");

  private final String text;

  HttpVersion(String text) {
    this.text = text;
  }

  /** The version as it appears on the wire, e.g. {@code HTTP/1.1}. */
  public String text() {
    return this.text;
  }
}
