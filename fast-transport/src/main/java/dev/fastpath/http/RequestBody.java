package dev.fastpath.http;

import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * The aggregated body of a request, valid until the exchange completes. Reading it does not consume
 * it: every method may be called more than once.
 *
 * @since 0.1
 */
public interface RequestBody {

  /** Number of body bytes (0 when the request had none). */
  int length();

  /**
   * Copies the body into {@code target} starting at index 0 and returns the number of bytes copied.
   * Lets a caller reuse one scratch array per thread instead of allocating per request.
   *
   * @throws IndexOutOfBoundsException if {@code target} is shorter than {@link #length()}
   */
  int copyTo(byte[] target);

  /** A fresh copy of the body. */
  byte[] toByteArray();

  /** The body decoded with {@code charset}. */
  String toString(Charset charset);

  /** A stream over the body bytes. */
  InputStream asInputStream();
}
