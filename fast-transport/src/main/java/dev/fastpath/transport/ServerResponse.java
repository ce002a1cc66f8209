package dev.fastpath.transport;

import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.ResponseStream;
import dev.fastpath.http1.ResponseHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.DefaultFileRegion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * The {@link HttpResponse} a handler writes: status and headers collected on the handler's thread, then
 * one {@code send…} hands the body to the {@link Http1Exchange}, which moves it to the event loop.
 * Owned by one exchange and reused for the connection's later requests.
 */
final class ServerResponse implements HttpResponse {

  private static final byte[] EMPTY = {};
  /** Up to this many characters, text is encoded to an array that the writer copies after the head. */
  private static final int SMALL_TEXT = 1024;

  private final Http1Exchange exchange;
  /** Validated on every add (CWE-113): a bad name or value throws from the handler's call. */
  final ResponseHeaders headers = new ResponseHeaders();
  int status = 200;
  private boolean committed;

  ServerResponse(Http1Exchange exchange) {
    this.exchange = exchange;
  }

  void reset() {
    this.status = 200;
    this.headers.clear();
    this.committed = false;
  }

  @Override
  public HttpResponse status(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be a three-digit code, was " + status);
    }
    this.status = status;
    return this;
  }

  @Override
  public int status() {
    return this.status;
  }

  @Override
  public HttpResponse addHeader(CharSequence name, CharSequence value) {
    this.headers.add(name, value);
    return this;
  }

  @Override
  public HttpResponse setHeader(CharSequence name, CharSequence value) {
    this.headers.set(name, value);
    return this;
  }

  @Override
  public @Nullable String header(CharSequence name) {
    CharSequence value = this.headers.get(name);
    return value != null ? value.toString() : null;
  }

  @Override
  public boolean isCommitted() {
    return this.committed;
  }

  @Override
  public void send() {
    commit();
    this.exchange.complete(EMPTY);
  }

  @Override
  public void send(byte[] body) {
    commit();
    this.exchange.complete(body);
  }

  @Override
  public void send(CharSequence text, Charset charset) {
    commit();
    if (text.length() <= SMALL_TEXT) {
      // Small text goes into the head's buffer on the loop: one buffer, one write, for the response.
      this.exchange.complete(text.toString().getBytes(charset));
      return;
    }
    ByteBuf body;
    if (charset == StandardCharsets.UTF_8) {
      body = this.exchange.alloc().buffer(ByteBufUtil.utf8MaxBytes(text));
      ByteBufUtil.writeUtf8(body, text);
    } else if (charset == StandardCharsets.US_ASCII || charset == StandardCharsets.ISO_8859_1) {
      body = this.exchange.alloc().buffer(text.length());
      ByteBufUtil.writeAscii(body, text);
    } else {
      body = Unpooled.wrappedBuffer(text.toString().getBytes(charset));
    }
    this.exchange.complete(body);
  }

  @Override
  public void send(ByteBuf body) {
    if (this.committed) {
      body.release();
    }
    commit();
    this.exchange.complete(body);
  }

  @Override
  public void sendFile(Path file, long position, long count) throws IOException {
    if (this.committed) {
      throw alreadyCommitted();
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    long size;
    try {
      size = channel.size();
    } catch (IOException ex) {
      channel.close();
      throw ex;
    }
    if (position < 0 || count < 0 || position + count > size) {
      channel.close();
      throw new IOException("Range " + position + "+" + count + " is outside " + file + " (" + size + " bytes)");
    }
    commit();
    this.exchange.completeWithFile(new DefaultFileRegion(channel, position, count));
  }

  @Override
  public OutputStream bodyStream() {
    if (this.committed) {
      throw alreadyCommitted();
    }
    ByteBuf buffer = this.exchange.alloc().buffer();
    return new ByteBufOutputStream(buffer) {
      private boolean closed;

      @Override
      public void close() throws IOException {
        if (!this.closed) {
          this.closed = true;
          super.close();
          send(buffer);
        }
      }
    };
  }

  @Override
  public ResponseStream stream() {
    commit();
    return this.exchange.startStream();
  }

  /** Replaces whatever the handler set with an error answer; only before the response is committed. */
  void sendProblem(int status, @Nullable String detail, @Nullable String retryAfter) {
    this.headers.clear();
    this.status = status;
    this.headers.set(ResponseHeaders.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE);
    if (retryAfter != null) {
      this.headers.set(ResponseHeaders.RETRY_AFTER, retryAfter);
    }
    send(ProblemDetails.body(status, detail));
  }

  private void commit() {
    if (this.committed) {
      throw alreadyCommitted();
    }
    this.committed = true;
  }

  private static IllegalStateException alreadyCommitted() {
    return new IllegalStateException("The response was already sent");
  }
}
