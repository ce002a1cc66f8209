package dev.fastpath.http1;

import static dev.fastpath.http1.Http1Chars.CR;
import static dev.fastpath.http1.Http1Chars.LF;

import dev.fastpath.http1.Http1DecodeFailure.Kind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fastpath's strict HTTP/1.1 request decoder (RFC 9112). One instance per connection; not sharable.
 *
 * <p>For each request on the connection it emits, in order, either one {@link Http1Request} once the head
 * and the complete body have arrived, or one {@link Http1DecodeFailure}. A failure is terminal: the decoder
 * then discards every further byte, so nothing that follows a refused request (a smuggled second request
 * included) is ever emitted; the server answers the failure's status with {@code Connection: close} and
 * closes. After a request that is not {@linkplain Http1Request#keepAlive() keep-alive} the decoder also
 * discards the rest of the connection (RFC 9112 §9.6). Pipelined requests in one read are all emitted
 * from one pass.
 *
 * <p><b>Zero copy.</b> The head is parsed in place over the cumulation with {@code boolean[256]} tables;
 * the request keeps a retained slice of it and offsets. A Content-Length body is a retained slice of the
 * cumulation too; a chunked body is decoded into one buffer from {@code ctx.alloc()} (see
 * {@link Http1ChunkedBodyParser} for why). The emitted request owns those buffers and its receiver must
 * {@link Http1Request#release() release} it. Bad input never escapes as an exception.
 *
 * <p><b>100-continue.</b> When an HTTP/1.1 request with {@code Expect: 100-continue} declares a body within
 * {@code maxBodySize} and none of it has arrived yet, the decoder emits {@link Http1ContinueExpected} (in
 * request order, before the request itself) and waits for the body; the connection answers
 * {@code HTTP/1.1 100 Continue} once the responses of earlier requests are written. A declared body over
 * the limit gets a 413 failure and no 100.
 *
 * <p><b>Security.</b> The rules against request smuggling (CWE-444) are always on: CRLF only (a bare CR or
 * LF is refused), no obs-fold, no whitespace before the colon, exactly one Content-Length of 1*DIGIT, never
 * Content-Length with Transfer-Encoding, {@code chunked} exactly once and last, strictly parsed chunk sizes
 * and extensions, exactly one valid Host in HTTP/1.1. See {@link Http1DecoderConfig} for the limits table.
 *
 * @since 0.1
 */
public final class Http1RequestDecoder extends ByteToMessageDecoder {

  static final Logger logger = LoggerFactory.getLogger(Http1RequestDecoder.class);

  private enum State {
    /** Skipping empty lines before a request-line. */
    START,
    REQUEST_LINE,
    FIELDS,
    /** Head complete and unconsumed; waiting for Content-Length bytes after it. */
    FIXED_BODY,
    /** Head retained and consumed; decoding chunks. */
    CHUNKED_BODY,
    /** Terminal: after a failure or a request that closes the connection. */
    DISCARD
  }

  private final Http1DecoderConfig config;
  private final Http1Window window = new Http1Window();
  private final Http1HeadParser head;
  private final Http1ChunkedBodyParser chunks;
  private final @Nullable Http1ScratchPool scratch;
  private State state = State.START;
  private int emptyLines;
  /** The retained head of the request whose chunked body is being decoded. */
  private @Nullable ByteBuf headBuffer;

  /** A decoder with {@link Http1DecoderConfig#DEFAULT}. */
  public Http1RequestDecoder() {
    this(Http1DecoderConfig.DEFAULT);
  }

  public Http1RequestDecoder(Http1DecoderConfig config) {
    this(config, null);
  }

  /**
   * A decoder that borrows its parse scratch from {@code scratch} (shared by the decoders of one event loop)
   * while a request is partly parsed; with {@code null} it keeps its own.
   */
  public Http1RequestDecoder(Http1DecoderConfig config, @Nullable Http1ScratchPool scratch) {
    this.config = Objects.requireNonNull(config, "config");
    this.head = new Http1HeadParser(config, this.window);
    this.chunks = new Http1ChunkedBodyParser(config, this.window);
    this.scratch = scratch;
    if (scratch != null) {
      this.window.bytes = Http1Window.LENT;
      this.head.fields = Http1HeadParser.LENT;
    }
  }

  /** The limits this decoder enforces. */
  public Http1DecoderConfig config() {
    return this.config;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    borrowScratch();
    try {
      decodeRequests(ctx, in, out);
    } catch (Http1DecodeException ex) {
      reject(in, out, ex);
    } finally {
      // Leave the window mirroring exactly the unread bytes: once the cumulation is fully read,
      // ByteToMessageDecoder releases it, and a pooled buffer object may come back as the next one.
      this.window.sync(in);
      if (this.window.filled == 0 && (this.state == State.START || this.state == State.DISCARD)) {
        returnScratch();
      }
    }
  }

  private void borrowScratch() {
    Http1ScratchPool pool = this.scratch;
    if (pool != null && this.window.bytes == Http1Window.LENT) {
      this.window.bytes = pool.takeWindow();
      this.head.fields = pool.takeFields();
    }
  }

  /** Nothing is partly parsed: the scratch goes back to the loop's pool (an idle connection holds none). */
  private void returnScratch() {
    Http1ScratchPool pool = this.scratch;
    if (pool != null && this.window.bytes != Http1Window.LENT) {
      pool.giveWindow(this.window.bytes);
      pool.giveFields(this.head.fields);
      this.window.bytes = Http1Window.LENT;
      this.head.fields = Http1HeadParser.LENT;
    }
  }

  /** One state switch for the whole connection; each case returns when it needs more bytes. */
  private void decodeRequests(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    for (;;) {
      switch (this.state) {
        case START:
          if (!skipEmptyLines(in)) {
            return;
          }
          this.state = State.REQUEST_LINE;
          // fall through
        case REQUEST_LINE:
          if (!this.head.parseRequestLine(in)) {
            return;
          }
          this.state = State.FIELDS;
          // fall through
        case FIELDS:
          if (!this.head.parseFields(in)) {
            return;
          }
          startBody(ctx, in, out);
          break;
        case FIXED_BODY:
          if (!fixedBody(in, out)) {
            return;
          }
          break;
        case CHUNKED_BODY:
          if (!this.chunks.decode(ctx.alloc(), in)) {
            return;
          }
          ByteBuf headBuffer = this.headBuffer;
          assert headBuffer != null;
          this.headBuffer = null;
          emit(headBuffer, this.chunks.takeBody(), out);
          break;
        case DISCARD:
          in.skipBytes(in.readableBytes());
          return;
        default:
          throw new IllegalStateException(this.state.name());
      }
    }
  }

  /** RFC 9112 §2.2: a server SHOULD ignore at least one empty line (CRLF) before a request-line. */
  private boolean skipEmptyLines(ByteBuf in) {
    for (;;) {
      int readable = in.readableBytes();
      if (readable == 0) {
        return false;
      }
      int start = in.readerIndex();
      if (in.getByte(start) != CR) {
        return true;
      }
      if (readable < 2) {
        return false;
      }
      if (in.getByte(start + 1) != LF) {
        throw Http1DecodeException.malformed("Expected LF after CR (RFC 9112 §2.2)", in, start, start + 2);
      }
      if (++this.emptyLines > this.config.maxLeadingEmptyLines()) {
        throw Http1DecodeException.of(Kind.MALFORMED, "Expected a request-line after at most "
            + this.config.maxLeadingEmptyLines() + " empty lines");
      }
      in.skipBytes(2);
    }
  }

  private void startBody(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int headLength = this.head.headLength;
    if (this.head.chunked) {
      this.headBuffer = in.retainedSlice(in.readerIndex(), headLength);
      in.skipBytes(headLength);
      continueIfExpected(ctx, in.isReadable(), out);
      this.state = State.CHUNKED_BODY;
    } else if (this.head.contentLength > 0) {
      continueIfExpected(ctx, in.readableBytes() > headLength, out);
      this.state = State.FIXED_BODY;
    } else {
      // RFC 9112 §6.3 item 7: neither Content-Length nor Transfer-Encoding means no content.
      ByteBuf headBuffer = in.retainedSlice(in.readerIndex(), headLength);
      in.skipBytes(headLength);
      emit(headBuffer, Unpooled.EMPTY_BUFFER, out);
    }
  }

  /**
   * RFC 9110 §10.1.1: a server MAY omit the 100 once some content has been received. The decoder does not
   * write it: earlier pipelined requests may still wait for their responses, so it emits the marker in
   * request order and the connection writes the 100 after those. Fired at once, after the requests this
   * call decoded before (the head stays in the buffer until the body is complete, and a decoder may not
   * emit a message without reading).
   */
  private void continueIfExpected(ChannelHandlerContext ctx, boolean contentArrived, List<Object> out) {
    if (this.head.expectContinue && !contentArrived) {
      for (int i = 0; i < out.size(); i++) {
        ctx.fireChannelRead(out.get(i));
      }
      out.clear();
      ctx.fireChannelRead(Http1ContinueExpected.INSTANCE);
    }
  }

  private boolean fixedBody(ByteBuf in, List<Object> out) {
    int headLength = this.head.headLength;
    int contentLength = (int) this.head.contentLength;
    if (in.readableBytes() - headLength < contentLength) {
      return false;
    }
    int start = in.readerIndex();
    ByteBuf headBuffer = in.retainedSlice(start, headLength);
    ByteBuf content = in.retainedSlice(start + headLength, contentLength);
    in.skipBytes(headLength + contentLength);
    emit(headBuffer, content, out);
    return true;
  }

  private void emit(ByteBuf headBuffer, ByteBuf content, List<Object> out) {
    Http1Request request = new Http1Request(this.head, headBuffer, content);
    out.add(request);
    this.state = request.keepAlive() ? State.START : State.DISCARD;
    this.head.reset();
    this.chunks.reset();
    this.emptyLines = 0;
  }

  private void reject(ByteBuf in, List<Object> out, Http1DecodeException ex) {
    Http1DecodeFailure failure = ex.failure();
    if (logger.isDebugEnabled()) {
      logger.debug("Refusing request on {}: {} {} ({}), near bytes [{}]", this.state, failure.status(),
          failure.kind(), failure.safeMessage(), ex.detail());
    }
    releasePartialRequest();
    this.state = State.DISCARD;
    in.skipBytes(in.readableBytes());
    out.add(failure);
  }

  private void releasePartialRequest() {
    if (this.headBuffer != null) {
      this.headBuffer.release();
      this.headBuffer = null;
    }
    this.chunks.reset();
    this.window.clear();
    returnScratch();
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    releasePartialRequest();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    try {
      super.channelInactive(ctx);
    } finally {
      releasePartialRequest();
      this.state = State.DISCARD;
    }
  }
}
