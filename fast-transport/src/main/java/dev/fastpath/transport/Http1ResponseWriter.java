package dev.fastpath.transport;

import dev.fastpath.http.HttpVersion;
import dev.fastpath.http1.Http1ResponseEncoder;
import dev.fastpath.http1.ResponseHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.FileRegion;
import io.netty.util.AsciiString;

/**
 * Puts an exchange's response on the wire: the head from the codec's {@link Http1ResponseEncoder}
 * (pre-encoded status line, the engine's own framing and {@code Connection} fields, the loop's cached
 * {@code Date}), then the body as a second write of the handler's own buffer, a {@link FileRegion}
 * (sendfile where the transport has it) or chunks, never copied; a small array body is copied behind the
 * head into the same direct buffer instead (the transport would copy it to direct memory anyway), and the
 * heads and small bodies of consecutive responses share one buffer. Writes only, no flush: the connection
 * flushes once per read batch. One per event loop.
 */
final class Http1ResponseWriter {

  private static final AsciiString CLOSE = AsciiString.cached("close");
  private static final AsciiString KEEP_ALIVE = AsciiString.cached("keep-alive");

  /** Array bodies up to this size share the head's buffer. */
  private static final int INLINE_BODY = 8192;
  /** A first guess of a head's size; the buffer grows when the handler set many header fields. */
  private static final int HEAD_ESTIMATE = 256;

  private final Http1ResponseEncoder encoder;

  Http1ResponseWriter(Http1ResponseEncoder encoder) {
    this.encoder = encoder;
  }

  /** Whether the handler asked to close the connection with its response ({@code Connection: close}). */
  boolean requestsClose(Http1Exchange exchange) {
    CharSequence connection = exchange.response.headers.get(ResponseHeaders.CONNECTION);
    return connection != null && AsciiString.containsIgnoreCase(connection, CLOSE);
  }

  /** Writes the head and as much body as there is; returns whether the response is complete. */
  boolean write(ChannelHandlerContext ctx, Http1Exchange exchange) {
    int status = exchange.response.status;
    boolean bodyAllowed = Http1ResponseEncoder.bodyAllowed(status, exchange.headRequest);
    switch (exchange.kind) {
      case Http1Exchange.KIND_BYTES -> {
        byte[] bytes = exchange.bytes;
        assert bytes != null;
        exchange.bytes = null;
        writeBytes(ctx, exchange, status, bytes, bodyAllowed);
        return true;
      }
      case Http1Exchange.KIND_BODY -> {
        ByteBuf body = exchange.body;
        assert body != null;
        exchange.body = null;
        exchange.connection.writeCoalesced();
        int length = body.readableBytes();
        ctx.write(head(ctx, exchange, status, length), ctx.voidPromise());
        if (bodyAllowed && length > 0) {
          exchange.bytesOut = length;
          ctx.write(body, ctx.voidPromise());
        } else {
          body.release();
        }
        return true;
      }
      case Http1Exchange.KIND_FILE -> {
        FileRegion file = exchange.file;
        assert file != null;
        exchange.file = null;
        exchange.connection.writeCoalesced();
        ctx.write(head(ctx, exchange, status, file.count()), ctx.voidPromise());
        if (bodyAllowed && file.count() > 0) {
          exchange.bytesOut = file.count();
          ctx.write(file, ctx.voidPromise());
        } else {
          file.release();
        }
        return true;
      }
      default -> {
        exchange.connection.writeCoalesced();
        return startStream(ctx, exchange, status, bodyAllowed);
      }
    }
  }

  /**
   * An array body: up to {@value #INLINE_BODY} bytes are copied right behind the head into a pooled direct
   * buffer (the transport would copy a heap buffer to direct memory anyway), larger ones follow as a second,
   * wrapped write. That buffer is the connection's coalescing buffer ({@link
   * Http1ConnectionHandler#coalescingBuffer}): the small responses of a pipelined batch are appended to one
   * buffer and leave as one write, one iovec.
   */
  private void writeBytes(ChannelHandlerContext ctx, Http1Exchange exchange, int status, byte[] bytes,
      boolean bodyAllowed) {
    int length = bytes.length;
    boolean inline = bodyAllowed && length <= INLINE_BODY;
    ResponseHeaders headers = prepare(exchange);
    Http1ConnectionHandler connection = exchange.connection;
    ByteBuf out = connection.coalescingBuffer(HEAD_ESTIMATE + (inline ? length : 0));
    int start = out.writerIndex();
    try {
      this.encoder.encodeHead(out, status, headers, length, exchange.headRequest, exchange.closeAfter);
    } catch (RuntimeException ex) {
      // The buffer may hold earlier responses: drop only this head.
      out.writerIndex(start);
      throw ex;
    }
    if (inline) {
      out.writeBytes(bytes);
    }
    if (bodyAllowed && length > 0) {
      exchange.bytesOut = length;
      if (!inline) {
        connection.writeCoalesced();
        ctx.write(Unpooled.wrappedBuffer(bytes), ctx.voidPromise());
      }
    }
  }

  private ByteBuf head(ChannelHandlerContext ctx, Http1Exchange exchange, int status, long contentLength) {
    return this.encoder.encodeHead(ctx.alloc(), status, prepare(exchange), contentLength, exchange.headRequest,
        exchange.closeAfter);
  }

  private static ResponseHeaders prepare(Http1Exchange exchange) {
    ResponseHeaders headers = exchange.response.headers;
    if (!exchange.closeAfter && exchange.message().version() == HttpVersion.HTTP_1_0) {
      // RFC 9112 §9.3: an HTTP/1.0 connection persists only when both sides say keep-alive.
      headers.set(ResponseHeaders.CONNECTION, KEEP_ALIVE);
    }
    return headers;
  }

  private boolean startStream(ChannelHandlerContext ctx, Http1Exchange exchange, int status, boolean bodyAllowed) {
    ChunkedStream stream = exchange.stream;
    assert stream != null;
    long length = declaredLength(exchange.response.headers);
    if (length < 0) {
      if (exchange.message().version() == HttpVersion.HTTP_1_0) {
        // No chunked coding in HTTP/1.0: the body ends when the connection does (RFC 9112 §6.3).
        length = Http1ResponseEncoder.CLOSE_DELIMITED;
        exchange.closeAfter = true;
      } else {
        length = Http1ResponseEncoder.CHUNKED;
      }
    }
    exchange.chunked = length == Http1ResponseEncoder.CHUNKED;
    exchange.dropStreamBody = !bodyAllowed;
    ctx.write(head(ctx, exchange, status, length), ctx.voidPromise());
    exchange.headWritten = true;
    ByteBuf chunk;
    while ((chunk = stream.pollPending()) != null) {
      writeChunk(ctx, exchange, chunk);
    }
    if (stream.endedOnLoop()) {
      endStream(ctx, exchange);
      return true;
    }
    return false;
  }

  /** A handler-set {@code Content-Length} for a stream: the body is then sent as is, without chunks. */
  private static long declaredLength(ResponseHeaders headers) {
    CharSequence value = headers.get(ResponseHeaders.CONTENT_LENGTH);
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  /** One streamed chunk: framed as {@code size CRLF data CRLF} with chunked coding, else as is. */
  void writeChunk(ChannelHandlerContext ctx, Http1Exchange exchange, ByteBuf chunk) {
    if (exchange.dropStreamBody) {
      chunk.release();
      return;
    }
    int size = chunk.readableBytes();
    exchange.bytesOut += size;
    if (!exchange.chunked) {
      ctx.write(chunk, ctx.voidPromise());
      return;
    }
    ByteBuf header = ctx.alloc().ioBuffer(10);
    Http1ResponseEncoder.writeChunkHeader(header, size);
    ctx.write(header, ctx.voidPromise());
    ctx.write(chunk, ctx.voidPromise());
    ByteBuf end = ctx.alloc().ioBuffer(2);
    Http1ResponseEncoder.writeChunkEnd(end);
    ctx.write(end, ctx.voidPromise());
  }

  /** Ends a streamed body (the last chunk with chunked coding). */
  void endStream(ChannelHandlerContext ctx, Http1Exchange exchange) {
    if (exchange.chunked && !exchange.dropStreamBody) {
      ByteBuf last = ctx.alloc().ioBuffer(5);
      Http1ResponseEncoder.writeLastChunk(last);
      ctx.write(last, ctx.voidPromise());
    }
  }

  /** An error the engine answers itself, with a problem body and {@code Connection: close}. */
  void writeFailure(ChannelHandlerContext ctx, int status, String detail) {
    byte[] body = ProblemDetails.body(status, detail);
    ResponseHeaders headers = new ResponseHeaders().set(ResponseHeaders.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE);
    ctx.write(this.encoder.encodeHead(ctx.alloc(), status, headers, body.length, false, true), ctx.voidPromise());
    ctx.write(ctx.alloc().ioBuffer(body.length).writeBytes(body), ctx.voidPromise());
  }
}
