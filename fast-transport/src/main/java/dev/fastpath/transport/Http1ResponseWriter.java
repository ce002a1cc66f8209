package dev.fastpath.transport;

import dev.fastpath.http.HttpVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.FileRegion;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Puts an exchange's response on the wire: the engine-owned header fields ({@code Content-Length},
 * {@code Transfer-Encoding}, {@code Connection}), the head, then the body as its own write, never copied.
 * TEMPORARY: writes Netty's HTTP message objects through Netty's encoder until our codec's encoder lands.
 */
final class Http1ResponseWriter {

  /** Whether the handler asked to close the connection with its response. */
  boolean requestsClose(Http1Exchange exchange) {
    String connection = exchange.response.headers.get(HttpHeaderNames.CONNECTION);
    return connection != null && connection.toLowerCase(java.util.Locale.ROOT).contains("close");
  }

  /** Writes the head and as much body as there is; returns whether the response is complete. */
  boolean write(ChannelHandlerContext ctx, Http1Exchange exchange) {
    HttpHeaders headers = exchange.response.headers;
    int status = exchange.response.status;
    boolean bodyAllowed = status >= 200 && status != 204 && status != 304;
    boolean dropBody = exchange.headRequest || !bodyAllowed;
    switch (exchange.kind) {
      case Http1Exchange.KIND_BODY -> {
        ByteBuf body = exchange.body;
        assert body != null;
        exchange.body = null;
        int length = body.readableBytes();
        setLength(headers, status, length);
        connectionHeader(exchange, headers);
        if (dropBody) {
          body.release();
          body = Unpooled.EMPTY_BUFFER;
        } else {
          exchange.bytesOut = length;
        }
        ctx.write(new DefaultFullHttpResponse(io.netty.handler.codec.http.HttpVersion.HTTP_1_1, status(status), body,
            headers, EmptyHttpHeaders.INSTANCE), ctx.voidPromise());
        return true;
      }
      case Http1Exchange.KIND_FILE -> {
        FileRegion file = exchange.file;
        assert file != null;
        exchange.file = null;
        setLength(headers, status, file.count());
        connectionHeader(exchange, headers);
        ctx.write(head(status, headers), ctx.voidPromise());
        if (dropBody) {
          file.release();
        } else {
          exchange.bytesOut = file.count();
          ctx.write(file, ctx.voidPromise());
        }
        ctx.write(LastHttpContent.EMPTY_LAST_CONTENT, ctx.voidPromise());
        return true;
      }
      default -> {
        return startStream(ctx, exchange, headers, status, dropBody);
      }
    }
  }

  private boolean startStream(ChannelHandlerContext ctx, Http1Exchange exchange, HttpHeaders headers, int status,
      boolean dropBody) {
    ChunkedStream stream = exchange.stream;
    assert stream != null;
    if (!headers.contains(HttpHeaderNames.CONTENT_LENGTH) && status >= 200 && status != 204 && status != 304) {
      if (exchange.message().version() == HttpVersion.HTTP_1_0) {
        // No chunked coding in HTTP/1.0: the body ends when the connection does (RFC 9112 §6.3).
        exchange.closeAfter = true;
      } else {
        headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
      }
    }
    connectionHeader(exchange, headers);
    ctx.write(head(status, headers), ctx.voidPromise());
    exchange.headWritten = true;
    exchange.dropStreamBody = dropBody;
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

  void writeChunk(ChannelHandlerContext ctx, Http1Exchange exchange, ByteBuf chunk) {
    if (exchange.dropStreamBody) {
      chunk.release();
      return;
    }
    exchange.bytesOut += chunk.readableBytes();
    ctx.write(new DefaultHttpContent(chunk), ctx.voidPromise());
  }

  void endStream(ChannelHandlerContext ctx, Http1Exchange exchange) {
    ctx.write(LastHttpContent.EMPTY_LAST_CONTENT, ctx.voidPromise());
  }

  /** An error the engine answers itself, with a problem body and {@code Connection: close}. */
  void writeFailure(ChannelHandlerContext ctx, int status, String detail) {
    byte[] body = ProblemDetails.body(status, detail);
    HttpHeaders headers = new DefaultHttpHeaders()
        .set(HttpHeaderNames.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.write(new DefaultFullHttpResponse(io.netty.handler.codec.http.HttpVersion.HTTP_1_1, status(status),
        Unpooled.wrappedBuffer(body), headers, EmptyHttpHeaders.INSTANCE), ctx.voidPromise());
  }

  private static void setLength(HttpHeaders headers, int status, long length) {
    headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
    if (status < 200 || status == 204) {
      // RFC 9110 §8.6: no Content-Length in 1xx and 204 responses.
      headers.remove(HttpHeaderNames.CONTENT_LENGTH);
    } else if (status != 304 || length > 0) {
      headers.set(HttpHeaderNames.CONTENT_LENGTH, length);
    }
  }

  private static void connectionHeader(Http1Exchange exchange, HttpHeaders headers) {
    if (exchange.closeAfter) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    } else if (exchange.message().version() == HttpVersion.HTTP_1_0) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
    }
  }

  private static DefaultHttpResponse head(int status, HttpHeaders headers) {
    return new DefaultHttpResponse(io.netty.handler.codec.http.HttpVersion.HTTP_1_1, status(status), headers);
  }

  private static HttpResponseStatus status(int code) {
    return HttpResponseStatus.valueOf(code);
  }
}
