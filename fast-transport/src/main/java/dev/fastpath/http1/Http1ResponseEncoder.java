package dev.fastpath.http1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Encodes response heads for the server's writer: a pre-encoded status line, the application's
 * {@link ResponseHeaders}, then the fields the engine owns, and the empty line. The engine owns framing
 * and persistence, so application-set {@code Content-Length} and {@code Transfer-Encoding} lines are
 * never written (except a 304's {@code Content-Length}), and {@code Connection} is replaced when the
 * connection closes. The rules of RFC 9110 §6.4.1 and RFC 9112 §6:
 *
 * <ul>
 *   <li>1xx and 204: neither Content-Length nor Transfer-Encoding; 1xx also no Date and no Connection.</li>
 *   <li>304: no framing header of the encoder's; a Content-Length the handler set is kept (RFC 9110 §15.4.5).</li>
 *   <li>otherwise {@code Content-Length: n} for {@code contentLength >= 0}, {@code Transfer-Encoding: chunked}
 *       for {@link #CHUNKED}, nothing for {@link #CLOSE_DELIMITED} (which implies {@code Connection: close}).</li>
 *   <li>HEAD: the caller passes the length the body would have had; it is written and no body follows.
 *       A HEAD response with {@link #CHUNKED} gets no framing header.</li>
 *   <li>{@code Date} from the {@link HttpDateCache} unless the handler set one (RFC 9110 §6.6.1).</li>
 * </ul>
 *
 * <p>Every name and value was validated when it was added to {@link ResponseHeaders} (CWE-113); the
 * encoder writes characters above U+00FF as {@code ?}, so no character can turn into CR or LF.
 *
 * <p>One instance per event loop (it uses that loop's date cache); the buffers it returns come from the
 * given allocator and belong to the caller, who writes (and so releases) them.
 *
 * @since 0.1
 */
public final class Http1ResponseEncoder {

  /** {@code contentLength} for a body sent with the chunked transfer coding. */
  public static final long CHUNKED = -1;
  /** {@code contentLength} for a body delimited by closing the connection (an HTTP/1.0 client, no length known). */
  public static final long CLOSE_DELIMITED = -2;

  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONTENT_LENGTH_PREFIX = "Content-Length: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRANSFER_ENCODING_CHUNKED =
      "Transfer-Encoding: chunked\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONNECTION_CLOSE = "Connection: close\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final int COLON_SP = ':' << 8 | ' ';
  private static final int CRLF = '\r' << 8 | '\n';
  /** Room for the fields the encoder adds: Date 37, Content-Length up to 37, Connection 19, CRLF. */
  private static final int ENGINE_FIELDS_SIZE = 100;

  private final HttpDateCache dateCache;
  private final byte @Nullable [] serverLine;

  /** An encoder without a {@code Server} header. */
  public Http1ResponseEncoder(HttpDateCache dateCache) {
    this(dateCache, null);
  }

  /**
   * @param server the {@code Server} field value written on every final response that does not set its
   *     own, or {@code null} for none
   */
  public Http1ResponseEncoder(HttpDateCache dateCache, @Nullable CharSequence server) {
    this.dateCache = Objects.requireNonNull(dateCache, "dateCache");
    if (server != null) {
      ResponseHeaders.validateValue(ResponseHeaders.SERVER, server);
      this.serverLine = ("Server: " + server + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    } else {
      this.serverLine = null;
    }
  }

  /**
   * Encodes the head into a new buffer from {@code alloc}, which the caller owns.
   *
   * @param contentLength the body length (for HEAD: the length the body would have had), or
   *     {@link #CHUNKED} or {@link #CLOSE_DELIMITED}
   * @param headResponse whether this answers a HEAD request (no body will follow)
   * @param close whether the server closes the connection after this response
   */
  public ByteBuf encodeHead(ByteBufAllocator alloc, int status, ResponseHeaders headers, long contentLength,
      boolean headResponse, boolean close) {
    ByteBuf out = alloc.ioBuffer(estimateSize(status, headers));
    try {
      encodeHead(out, status, headers, contentLength, headResponse, close);
      return out;
    } catch (RuntimeException ex) {
      out.release();
      throw ex;
    }
  }

  /** Encodes the head into {@code out} (for a head and a small body in one buffer). */
  public void encodeHead(ByteBuf out, int status, ResponseHeaders headers, long contentLength,
      boolean headResponse, boolean close) {
    byte[] statusLine = Http1StatusLines.line(status);
    if (contentLength < CLOSE_DELIMITED) {
      throw new IllegalArgumentException("contentLength must be >= 0, CHUNKED or CLOSE_DELIMITED, was " + contentLength);
    }
    boolean informational = status < 200;
    boolean notModified = status == 304;
    out.writeBytes(statusLine);
    boolean ownDate = false;
    boolean ownServer = false;
    for (int i = 0; i < headers.size(); i++) {
      CharSequence name = headers.name(i);
      // Frequent names are stored as the ResponseHeaders constants, so identity finds them.
      if (name == ResponseHeaders.CONTENT_LENGTH && !notModified || name == ResponseHeaders.TRANSFER_ENCODING
          || name == ResponseHeaders.CONNECTION && close && !informational) {
        continue;
      }
      ownDate |= name == ResponseHeaders.DATE;
      ownServer |= name == ResponseHeaders.SERVER;
      writeLatin1(out, name);
      out.writeShort(COLON_SP);
      writeLatin1(out, headers.value(i));
      out.writeShort(CRLF);
    }
    if (!informational) {
      if (!ownDate) {
        this.dateCache.writeDateLine(out);
      }
      if (this.serverLine != null && !ownServer) {
        out.writeBytes(this.serverLine);
      }
      if (status != 204 && !notModified) {
        writeFraming(out, contentLength, headResponse);
      }
      if (close || contentLength == CLOSE_DELIMITED) {
        out.writeBytes(CONNECTION_CLOSE);
      }
    }
    out.writeShort(CRLF);
  }

  private static void writeFraming(ByteBuf out, long contentLength, boolean headResponse) {
    if (contentLength >= 0) {
      out.writeBytes(CONTENT_LENGTH_PREFIX);
      writeDecimal(out, contentLength);
      out.writeShort(CRLF);
    } else if (contentLength == CHUNKED && !headResponse) {
      out.writeBytes(TRANSFER_ENCODING_CHUNKED);
    }
  }

  private int estimateSize(int status, ResponseHeaders headers) {
    int size = Http1StatusLines.line(status).length + ENGINE_FIELDS_SIZE;
    if (this.serverLine != null) {
      size += this.serverLine.length;
    }
    for (int i = 0; i < headers.size(); i++) {
      size += headers.name(i).length() + headers.value(i).length() + 4;
    }
    return size;
  }

  /**
   * Whether a response may carry a body: not for HEAD, 1xx, 204 and 304 (RFC 9110 §6.4.1). The
   * server writes no body bytes otherwise.
   */
  public static boolean bodyAllowed(int status, boolean headResponse) {
    return !headResponse && status >= 200 && status != 204 && status != 304;
  }

  /** The standard reason phrase of {@code status} (empty for an unregistered code). */
  public static String reasonPhrase(int status) {
    return Http1StatusLines.reasonPhrase(status);
  }

  /** The length of {@code HTTP/1.1 100 Continue\r\n\r\n}. */
  public static final int CONTINUE_LENGTH = CONTINUE.length;

  /** Appends {@code HTTP/1.1 100 Continue\r\n\r\n} to {@code out}. */
  public static void writeContinue(ByteBuf out) {
    out.writeBytes(CONTINUE);
  }

  /** Writes the head of one chunk, {@code chunk-size CRLF} in lower-case hex (RFC 9112 §7.1); size > 0. */
  public static void writeChunkHeader(ByteBuf out, int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("chunk size must be positive (0 is the last chunk), was " + size);
    }
    int digits = (35 - Integer.numberOfLeadingZeros(size)) / 4;
    out.ensureWritable(digits + 2);
    int start = out.writerIndex();
    for (int i = digits - 1, value = size; i >= 0; i--, value >>>= 4) {
      out.setByte(start + i, Character.forDigit(value & 0xF, 16));
    }
    out.writerIndex(start + digits);
    out.writeShort(CRLF);
  }

  /** Writes the CRLF that ends a chunk's data. */
  public static void writeChunkEnd(ByteBuf out) {
    out.writeShort(CRLF);
  }

  /** Writes the last chunk and an empty trailer section, {@code 0\r\n\r\n}. */
  public static void writeLastChunk(ByteBuf out) {
    out.writeBytes(LAST_CHUNK);
  }

  /** Writes {@code value} (non-negative) as ASCII digits with no intermediate {@code String}. */
  static void writeDecimal(ByteBuf out, long value) {
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    out.ensureWritable(digits);
    int start = out.writerIndex();
    for (int i = start + digits - 1; i >= start; i--) {
      out.setByte(i, (int) ('0' + value % 10));
      value /= 10;
    }
    out.writerIndex(start + digits);
  }

  /**
   * Pre-encoded names (the AsciiString constants) are copied as bytes; other text one byte per char (a
   * char above U+00FF becomes {@code ?}), by Netty's bulk writer: one bounds and liveness check per value
   * instead of one per byte.
   */
  private static void writeLatin1(ByteBuf out, CharSequence text) {
    if (text instanceof AsciiString ascii) {
      ByteBufUtil.copy(ascii, out);
      return;
    }
    ByteBufUtil.writeAscii(out, text);
  }
}
