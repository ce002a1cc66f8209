package dev.fastpath.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How a handler answers. Set the status and headers, then call exactly one {@code send…} method (or
 * close the {@link #bodyStream()}); that completes the exchange. May be used from any thread: the engine
 * moves the write to the connection's event loop.
 *
 * @since 0.1
 */
public interface HttpResponse {

  /** Sets the status code (default 200). */
  HttpResponse status(int status);

  int status();

  /** Adds a header field line; several calls with the same name add several lines. */
  HttpResponse addHeader(CharSequence name, CharSequence value);

  /** Replaces every line of the named header with one. */
  HttpResponse setHeader(CharSequence name, CharSequence value);

  /** The first value of a header set on this response so far, or {@code null}. */
  @Nullable String header(CharSequence name);

  /** Whether a {@code send…} method was already called. */
  boolean isCommitted();

  /** Completes the exchange with no body ({@code Content-Length: 0} where a body is allowed). */
  void send();

  /** Completes the exchange with {@code body}; the array must not be modified afterwards. */
  void send(byte[] body);

  /** Completes the exchange with {@code text} encoded in {@code charset}. */
  void send(CharSequence text, Charset charset);

  /**
   * A stream that collects the body in pooled memory; {@link OutputStream#close()} sends it as one
   * fixed-length response.
   */
  OutputStream bodyStream();

  /**
   * Completes the exchange with {@code body}, taking ownership of it: the engine writes the buffer as it is
   * (no copy) and releases it once written, or when the connection fails. The caller must not touch or
   * release {@code body} afterwards. Engines copy and release where they cannot write Netty buffers.
   *
   * @since 0.1
   */
  default void send(ByteBuf body) {
    byte[] bytes;
    try {
      bytes = ByteBufUtil.getBytes(body);
    } finally {
      body.release();
    }
    send(bytes);
  }

  /**
   * Completes the exchange with the whole file as body ({@code Content-Length} is its size). The Fastpath
   * engine sends it with {@code sendfile} where the transport supports it, without copying it through
   * the heap.
   *
   * @throws IOException if the file cannot be opened; the response is then not committed
   * @since 0.1
   */
  default void sendFile(Path file) throws IOException {
    sendFile(file, 0, Files.size(file));
  }

  /**
   * Completes the exchange with {@code count} bytes of the file from {@code position} as body (for range
   * responses; the handler sets the status and {@code Content-Range}).
   *
   * @throws IOException if the file cannot be opened or is shorter than {@code position + count}
   * @since 0.1
   */
  default void sendFile(Path file, long position, long count) throws IOException {
    long size = Files.size(file);
    if (position < 0 || count < 0 || position + count > size || count > Integer.MAX_VALUE - 8) {
      throw new IOException("Range " + position + "+" + count + " is outside " + file + " (" + size + " bytes)");
    }
    byte[] bytes = new byte[(int) count];
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer target = java.nio.ByteBuffer.wrap(bytes);
      while (target.hasRemaining() && channel.read(target, position + target.position()) >= 0) {
        // reads until the range is complete
      }
    }
    send(bytes);
  }

  /**
   * Starts a streamed body: the status and headers go out with the first write (or at {@link
   * ResponseStream#end()}), each write follows as it comes, and {@code end()} completes the exchange. On
   * HTTP/1.1 the Fastpath engine uses chunked transfer coding (unless the handler set a
   * {@code Content-Length}); on HTTP/1.0 it delimits the body by closing the connection. The default
   * collects everything and sends it at {@code end()}.
   *
   * @since 0.1
   */
  default ResponseStream stream() {
    ByteArrayOutputStream collected = new ByteArrayOutputStream();
    return new ResponseStream() {
      private boolean ended;

      @Override
      public ResponseStream write(ByteBuf chunk) {
        if (this.ended) {
          chunk.release();
          throw new IllegalStateException("Stream already ended");
        }
        try {
          chunk.readBytes(collected, chunk.readableBytes());
        } catch (IOException ex) {
          throw new java.io.UncheckedIOException(ex);
        } finally {
          chunk.release();
        }
        return this;
      }

      @Override
      public ResponseStream write(byte[] bytes, int offset, int length) {
        if (this.ended) {
          throw new IllegalStateException("Stream already ended");
        }
        collected.write(bytes, offset, length);
        return this;
      }

      @Override
      public void end() {
        if (!this.ended) {
          this.ended = true;
          send(collected.toByteArray());
        }
      }
    };
  }
}
