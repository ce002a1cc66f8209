package dev.fastpath.http1;

import java.util.Objects;

/**
 * The decoder's verdict on a request it refuses. It is the last message the decoder emits on its
 * connection: afterwards every inbound byte is discarded, and the server answers {@link #status()} with
 * {@code Connection: close} and closes.
 *
 * @param status the status to answer with
 * @param safeMessage what was expected, fit to show the client; it never contains request bytes
 * @param kind which rule the request broke
 * @since 0.1
 */
public record Http1DecodeFailure(int status, String safeMessage, Kind kind) {

  public Http1DecodeFailure {
    Objects.requireNonNull(safeMessage, "safeMessage");
    Objects.requireNonNull(kind, "kind");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be a 4xx or 5xx code, was " + status);
    }
  }

  /** A failure of {@code kind} with the kind's status. */
  public static Http1DecodeFailure of(Kind kind, String safeMessage) {
    return new Http1DecodeFailure(kind.status(), safeMessage, kind);
  }

  /** The rules a request can break, each with the status it gets. */
  public enum Kind {
    /** Syntax or framing that RFC 9112 says to reject (400). */
    MALFORMED(400),
    /** The request-line is longer than {@code maxInitialLineLength} (414). */
    URI_TOO_LONG(414),
    /** The header (or trailer) section breaks {@code maxHeaderSize}, {@code maxTrailerSize} or {@code maxHeaderCount} (431). */
    HEADERS_TOO_LARGE(431),
    /** The declared or received content is larger than {@code maxBodySize} (413). */
    BODY_TOO_LARGE(413),
    /** A transfer coding other than {@code chunked} (501, RFC 9112 §6.1). */
    UNSUPPORTED_TRANSFER_CODING(501),
    /** An HTTP major version other than 1 (505). */
    UNSUPPORTED_VERSION(505),
    /** A syntactically valid method the engine does not implement, or CONNECT (501, RFC 9110 §9.1). */
    UNKNOWN_METHOD(501),
    /** An {@code Expect} other than {@code 100-continue} (417, RFC 9110 §10.1.1). */
    EXPECTATION_FAILED(417);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    /** The status a failure of this kind is answered with. */
    public int status() {
      return this.status;
    }
  }
}
