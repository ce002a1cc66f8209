package dev.fastpath.http;

import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;

/**
 * A response body sent piece by piece, obtained from {@link HttpResponse#stream()}. Writes may come from
 * any thread but not concurrently; each write is sent as soon as the connection allows (one chunk per
 * write with chunked transfer coding). {@link #end()} (or {@link #close()}) completes the exchange;
 * calling it again does nothing, writing after it fails with {@link IllegalStateException}.
 *
 * @since 0.1
 */
public interface ResponseStream extends AutoCloseable {

  /** Writes a chunk, taking ownership of the buffer: the engine releases it. */
  ResponseStream write(ByteBuf chunk);

  /** Writes {@code length} bytes of {@code bytes} from {@code offset}; they are copied. */
  ResponseStream write(byte[] bytes, int offset, int length);

  /** Writes all of {@code bytes}; they are copied. */
  default ResponseStream write(byte[] bytes) {
    return write(bytes, 0, bytes.length);
  }

  /** Writes {@code text} encoded with {@code charset}. */
  default ResponseStream write(CharSequence text, Charset charset) {
    return write(text.toString().getBytes(charset));
  }

  /** Ends the body and completes the exchange. */
  void end();

  /** Same as {@link #end()}, for try-with-resources. */
  @Override
  default void close() {
    end();
  }
}
