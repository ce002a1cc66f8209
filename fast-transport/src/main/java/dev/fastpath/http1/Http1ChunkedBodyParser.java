package dev.fastpath.http1;

import static dev.fastpath.http1.Http1Chars.CR;
import static dev.fastpath.http1.Http1Chars.LF;

import dev.fastpath.http1.Http1DecodeFailure.Kind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a chunked body (RFC 9112 §7.1) into one pooled buffer and validates its trailer section. The
 * chunk data is copied, unlike a Content-Length body: a retained slice per chunk would keep the whole
 * wire form (sizes, extensions, trailers) alive and let a client pin far more memory than
 * {@code maxBodySize} with many tiny chunks. Bytes are consumed as they are decoded.
 */
final class Http1ChunkedBodyParser {

  /** Hex digits of a chunk-size, leading zeros included; the value itself is bounded by maxBodySize. */
  static final int MAX_SIZE_DIGITS = 64;
  /** The body buffer starts at most this large and grows as data arrives. */
  private static final int MAX_INITIAL_CAPACITY = 64 * 1024;

  private enum State { SIZE, DATA, DATA_END, TRAILERS }

  private final Http1DecoderConfig config;
  private final Http1FieldLineScanner scanner = new Http1FieldLineScanner();
  private State state = State.SIZE;
  /** Bytes of the current chunk still to read. */
  private long remaining;
  /** Sum of the chunk sizes so far. */
  private long total;
  private int trailerBytes;
  private int trailerCount;
  private @Nullable ByteBuf body;

  Http1ChunkedBodyParser(Http1DecoderConfig config) {
    this.config = config;
  }

  /**
   * Consumes what it can of the body.
   *
   * @return whether the last chunk and the trailer section are complete; {@link #takeBody()} then
   *     hands over the content
   * @throws Http1DecodeException when the body breaks RFC 9112 §7.1 or a limit
   */
  boolean decode(ByteBufAllocator alloc, ByteBuf in) {
    for (;;) {
      switch (this.state) {
        case SIZE:
          if (!chunkLine(alloc, in)) {
            return false;
          }
          break;
        case DATA: {
          int length = (int) Math.min(this.remaining, in.readableBytes());
          if (length == 0) {
            return false;
          }
          assert this.body != null;
          this.body.writeBytes(in, length);
          this.remaining -= length;
          if (this.remaining > 0) {
            return false;
          }
          this.state = State.DATA_END;
          break;
        }
        case DATA_END:
          if (!dataEnd(in)) {
            return false;
          }
          this.state = State.SIZE;
          break;
        case TRAILERS:
          return trailers(in);
        default:
          throw new IllegalStateException(this.state.name());
      }
    }
  }

  /** The decoded content (the caller owns it), or an empty buffer for a body of only the last chunk. */
  ByteBuf takeBody() {
    ByteBuf content = this.body;
    this.body = null;
    return content != null ? content : Unpooled.EMPTY_BUFFER;
  }

  /** Releases a partly decoded body and starts over. */
  void reset() {
    if (this.body != null) {
      this.body.release();
      this.body = null;
    }
    this.state = State.SIZE;
    this.remaining = 0;
    this.total = 0;
    this.trailerBytes = 0;
    this.trailerCount = 0;
  }

  /** {@code chunk-size [ chunk-ext ] CRLF}. */
  private boolean chunkLine(ByteBufAllocator alloc, ByteBuf in) {
    int start = in.readerIndex();
    int end = in.writerIndex();
    int digitsBound = Math.min(end, start + MAX_SIZE_DIGITS + 1);
    int digitsEnd = in.forEachByte(start, digitsBound - start, Http1Chars.WHILE_HEXDIG);
    if (digitsEnd < 0) {
      if (end - start > MAX_SIZE_DIGITS) {
        throw Http1DecodeException.malformed(
            "Expected a chunk-size of at most " + MAX_SIZE_DIGITS + " hex digits", in, start, digitsBound);
      }
      checkSize(in, start, end);
      return false;
    }
    if (digitsEnd == start) {
      throw Http1DecodeException.malformed("Expected a chunk-size of hex digits (RFC 9112 §7.1)", in, start, start + 16);
    }
    long size = checkSize(in, start, digitsEnd);
    int extensionBound = (int) Math.min(end, (long) digitsEnd + this.config.maxChunkExtensionLength() + 1);
    int cr = in.forEachByte(digitsEnd, extensionBound - digitsEnd, Http1Chars.WHILE_FIELD_CONTENT);
    if (cr < 0) {
      if (extensionBound - digitsEnd > this.config.maxChunkExtensionLength()) {
        throw Http1DecodeException.malformed("Expected chunk extensions of at most "
            + this.config.maxChunkExtensionLength() + " bytes", in, start, extensionBound);
      }
      return false;
    }
    if (in.getByte(cr) != CR) {
      throw Http1DecodeException.malformed("Expected CRLF after the chunk-size and extensions (RFC 9112 §7.1)",
          in, start, cr + 1);
    }
    if (cr + 1 >= end) {
      return false;
    }
    if (in.getByte(cr + 1) != LF) {
      throw Http1DecodeException.malformed("Expected LF after CR (RFC 9112 §2.2)", in, start, cr + 2);
    }
    Http1ChunkExtensions.validate(in, digitsEnd, cr);
    in.readerIndex(cr + 2);
    this.total += size;
    if (size == 0) {
      this.state = State.TRAILERS;
    } else {
      if (this.body == null) {
        int initial = (int) Math.min(size, MAX_INITIAL_CAPACITY);
        this.body = alloc.buffer(initial, (int) this.config.maxBodySize());
      }
      this.remaining = size;
      this.state = State.DATA;
    }
    return true;
  }

  /**
   * The value of the hex digits in {@code [from, to)}; refuses with 413 as soon as the running total
   * would pass maxBodySize, which also keeps the value far from overflow.
   */
  private long checkSize(ByteBuf in, int from, int to) {
    long budget = this.config.maxBodySize() - this.total;
    long size = 0;
    for (int i = from; i < to; i++) {
      size = size << 4 | Http1Chars.hexValue(in.getByte(i));
      if (size > budget) {
        throw Http1DecodeException.of(Kind.BODY_TOO_LARGE,
            "Expected content of at most " + this.config.maxBodySize() + " bytes");
      }
    }
    return size;
  }

  /** Chunk data is followed by exactly CRLF (RFC 9112 §7.1). */
  private static boolean dataEnd(ByteBuf in) {
    int start = in.readerIndex();
    int readable = in.readableBytes();
    if (readable >= 1 && in.getByte(start) != CR || readable >= 2 && in.getByte(start + 1) != LF) {
      throw Http1DecodeException.malformed("Expected CRLF right after the chunk data (RFC 9112 §7.1)",
          in, start, start + Math.min(readable, 2));
    }
    if (readable < 2) {
      return false;
    }
    in.skipBytes(2);
    return true;
  }

  /**
   * {@code trailer-section = *( field-line CRLF )} then CRLF (RFC 9112 §7.1.2). Field lines are
   * validated like header lines and then dropped: RFC 9110 §6.5.1 forbids merging them into the header
   * section without knowing each field's trailer rules, and the engine uses none.
   */
  private boolean trailers(ByteBuf in) {
    for (;;) {
      int start = in.readerIndex();
      int crLimit = start + (this.config.maxTrailerSize() - this.trailerBytes) - 1;
      int next = this.scanner.scan(in, start, crLimit);
      switch (next) {
        case Http1FieldLineScanner.NEED_MORE:
          return false;
        case Http1FieldLineScanner.TOO_LARGE:
          throw Http1DecodeException.of(Kind.HEADERS_TOO_LARGE,
              "Expected a trailer section of at most " + this.config.maxTrailerSize() + " bytes");
        case Http1FieldLineScanner.SECTION_END:
          in.skipBytes(2);
          return true;
        default:
          if (++this.trailerCount > this.config.maxHeaderCount()) {
            throw Http1DecodeException.of(Kind.HEADERS_TOO_LARGE,
                "Expected at most " + this.config.maxHeaderCount() + " trailer fields");
          }
          this.trailerBytes += next - start;
          in.readerIndex(next);
      }
    }
  }
}
