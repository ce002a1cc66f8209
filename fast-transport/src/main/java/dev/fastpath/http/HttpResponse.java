package dev.fastpath.http;

import java.io.OutputStream;
import java.nio.charset.Charset;
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
}
