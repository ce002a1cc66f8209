package dev.fastpath.http1;

import dev.fastpath.http1.Http1DecodeFailure.Kind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Unwinds the parser to the decoder when a request breaks a rule; never leaves the decoder. It has no
 * stack trace, since it is control flow on input that an attacker chooses. The detail, with the
 * offending bytes in hex, is only logged at DEBUG.
 */
final class Http1DecodeException extends RuntimeException {

  private static final int MAX_HEX_BYTES = 64;

  private final Http1DecodeFailure failure;
  private final String detail;

  Http1DecodeException(Http1DecodeFailure failure, String detail) {
    super(failure.safeMessage(), null, false, false);
    this.failure = failure;
    this.detail = detail;
  }

  static Http1DecodeException of(Kind kind, String safeMessage) {
    return new Http1DecodeException(Http1DecodeFailure.of(kind, safeMessage), "");
  }

  /** A failure that logs (at most 64 of) the bytes in {@code [from, to)} of {@code buf} in hex. */
  static Http1DecodeException of(Kind kind, String safeMessage, ByteBuf buf, int from, int to) {
    String hex = "";
    if (Http1RequestDecoder.logger.isDebugEnabled()) {
      // Callers pass a window around the fault that may reach past the received bytes.
      int end = Math.min(Math.min(to, buf.writerIndex()), from + MAX_HEX_BYTES);
      if (from >= 0 && end > from) {
        hex = ByteBufUtil.hexDump(buf, from, end - from);
      }
    }
    return new Http1DecodeException(Http1DecodeFailure.of(kind, safeMessage), hex);
  }

  static Http1DecodeException malformed(String safeMessage, ByteBuf buf, int from, int to) {
    return of(Kind.MALFORMED, safeMessage, buf, from, to);
  }

  Http1DecodeFailure failure() {
    return this.failure;
  }

  /** The received bytes near the fault in hex; empty when DEBUG is off. */
  String detail() {
    return this.detail;
  }
}
