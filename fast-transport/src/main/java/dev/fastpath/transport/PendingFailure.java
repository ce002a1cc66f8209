package dev.fastpath.transport;

import dev.fastpath.http1.Http1DecodeFailure;
import dev.fastpath.metrics.RejectionReason;

/**
 * A request the engine answers itself with an error and {@code Connection: close}: a decode failure or a
 * read timeout.
 *
 * @param status the status to answer with
 * @param detail a safe message for the problem body (never request bytes)
 * @param reason what the metrics listener is told
 */
record PendingFailure(int status, String detail, RejectionReason reason) {

  /** The answer to the codec's verdict. */
  static PendingFailure of(Http1DecodeFailure failure) {
    RejectionReason reason = switch (failure.kind()) {
      case URI_TOO_LONG -> RejectionReason.URI_TOO_LONG;
      case HEADERS_TOO_LARGE -> RejectionReason.HEADERS_TOO_LARGE;
      case BODY_TOO_LARGE -> RejectionReason.BODY_TOO_LARGE;
      case UNSUPPORTED_TRANSFER_CODING, UNSUPPORTED_VERSION, UNKNOWN_METHOD -> RejectionReason.UNSUPPORTED;
      case MALFORMED, EXPECTATION_FAILED -> RejectionReason.MALFORMED;
    };
    return new PendingFailure(failure.status(), failure.safeMessage(), reason);
  }
}
