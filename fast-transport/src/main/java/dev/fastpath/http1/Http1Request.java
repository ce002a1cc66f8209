package dev.fastpath.http1;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.RequestBody;
import dev.fastpath.http.RequestHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.AbstractReferenceCounted;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One complete HTTP/1.x request as the {@link Http1RequestDecoder} emits it: the head is a retained slice
 * of the inbound buffer with the offsets of every part, the body a retained slice (Content-Length) or a
 * pooled buffer (chunked). Nothing is decoded until asked for: header names are matched against the
 * stored bytes, and a {@code String} is only built for a value, the target, the path or the query that
 * somebody reads (and then kept).
 *
 * <p><b>Ownership.</b> The request owns both buffers with a reference count of 1. Whoever receives it
 * from the pipeline (the server) calls {@link #release()} once the exchange completes; the views it hands
 * out ({@link #content()}, {@link #pathBytes()}) are valid until then and are never released by the
 * caller. Not thread-safe for the lazy caches; publish it to another thread safely (an executor does).
 *
 * @since 0.1
 */
public final class Http1Request extends AbstractReferenceCounted implements RequestHeaders, RequestBody {

  private static final byte[] SLASH = {'/'};

  private final HttpMethod method;
  private final HttpVersion version;
  private final ByteBuf head;
  private final ByteBuf content;
  /** {@link Http1HeadParser#FIELD_STRIDE} ints per field line, offsets into {@link #head}. */
  private final int[] fields;
  private final int fieldCount;
  private final int targetStart;
  private final int targetLength;
  private final int pathStart;
  private final int pathLength;
  private final int queryStart;
  private final int queryLength;
  private final long contentLength;
  private final boolean chunked;
  private final boolean keepAlive;
  private final boolean expectContinue;

  private @Nullable String uri;
  private @Nullable String path;
  private @Nullable String rawQuery;
  private byte @Nullable [] pathArray;
  private int pathArrayStart;

  /** Takes over {@code head} and {@code content} (one reference each) and copies the parser's offsets. */
  Http1Request(Http1HeadParser parser, ByteBuf head, ByteBuf content) {
    Http1RequestLineParser line = parser.requestLine();
    assert line.method != null;
    this.method = line.method;
    this.version = line.version;
    this.head = head;
    this.content = content;
    this.fieldCount = parser.fieldCount;
    this.fields = Arrays.copyOf(parser.fields, parser.fieldCount * Http1HeadParser.FIELD_STRIDE);
    this.targetStart = line.targetStart;
    this.targetLength = line.targetLength;
    this.pathStart = line.pathStart;
    this.pathLength = line.pathLength;
    this.queryStart = line.queryStart;
    this.queryLength = line.queryLength;
    this.contentLength = parser.chunked ? -1 : Math.max(parser.contentLength, 0);
    this.chunked = parser.chunked;
    this.keepAlive = parser.keepAlive;
    this.expectContinue = parser.expectContinue;
  }

  public HttpMethod method() {
    return this.method;
  }

  /** {@code HTTP/1.0}, or {@code HTTP/1.1} for every other 1.x (RFC 9110 §6.2). */
  public HttpVersion version() {
    return this.version;
  }

  /** The request-target as received, e.g. {@code /users/42?verbose=true} or {@code http://host/a}. */
  public String uri() {
    String uri = this.uri;
    if (uri == null) {
      uri = this.head.toString(this.targetStart, this.targetLength, StandardCharsets.US_ASCII);
      this.uri = uri;
    }
    return uri;
  }

  /**
   * The path, still percent-encoded: of the origin-form target, of the absolute-form target ({@code /}
   * when that has none), or {@code *} for the asterisk-form.
   */
  public String path() {
    String path = this.path;
    if (path == null) {
      path = this.pathStart == Http1RequestLineParser.IMPLIED_SLASH
          ? "/"
          : this.head.toString(this.pathStart, this.pathLength, StandardCharsets.US_ASCII);
      this.path = path;
    }
    return path;
  }

  /**
   * The path as ASCII bytes in an array shared with the request: {@code pathLength()} bytes from
   * {@code pathStart()}. Lets a router walk the path without a {@code String}. It is the inbound
   * buffer's own array when that has one, else a copy made once; never modify it.
   */
  public byte[] pathBytes() {
    byte[] array = this.pathArray;
    if (array == null) {
      array = materializePath();
    }
    return array;
  }

  /** Index of the path's first byte in {@link #pathBytes()}. */
  public int pathStart() {
    pathBytes();
    return this.pathArrayStart;
  }

  /** Number of path bytes. */
  public int pathLength() {
    return this.pathLength;
  }

  private byte[] materializePath() {
    byte[] array;
    if (this.pathStart == Http1RequestLineParser.IMPLIED_SLASH) {
      array = SLASH;
      this.pathArrayStart = 0;
    } else if (this.head.hasArray()) {
      array = this.head.array();
      this.pathArrayStart = this.head.arrayOffset() + this.pathStart;
    } else {
      array = new byte[this.pathLength];
      this.head.getBytes(this.pathStart, array);
      this.pathArrayStart = 0;
    }
    this.pathArray = array;
    return array;
  }

  /** The query without the {@code ?}, still percent-encoded; {@code null} without {@code ?}. */
  public @Nullable String rawQuery() {
    if (this.queryStart < 0) {
      return null;
    }
    String query = this.rawQuery;
    if (query == null) {
      query = this.head.toString(this.queryStart, this.queryLength, StandardCharsets.US_ASCII);
      this.rawQuery = query;
    }
    return query;
  }

  /**
   * Whether the connection may carry another request after this one (RFC 9112 §9.3): HTTP/1.1 unless
   * {@code Connection: close}, HTTP/1.0 only with {@code Connection: keep-alive}. The decoder ignores
   * everything after a request that is not keep-alive.
   */
  public boolean keepAlive() {
    return this.keepAlive;
  }

  /** Whether an HTTP/1.1 request carried {@code Expect: 100-continue} (the decoder answered it already). */
  public boolean expectContinue() {
    return this.expectContinue;
  }

  /** The declared Content-Length; 0 without one; -1 when the body was chunked (see {@link #length()}). */
  public long contentLength() {
    return this.contentLength;
  }

  /** Whether the body arrived with the chunked transfer coding. */
  public boolean chunked() {
    return this.chunked;
  }

  /**
   * The body, with no copy: readable bytes are the content. Owned by this request; do not release it,
   * and {@link io.netty.buffer.ByteBuf#retain() retain} it to keep it past {@link #release()}.
   */
  public ByteBuf content() {
    return this.content;
  }

  /** This request as its header view. */
  public RequestHeaders headers() {
    return this;
  }

  /** This request as its body view. */
  public RequestBody body() {
    return this;
  }

  // ---- RequestHeaders

  @Override
  public @Nullable String get(CharSequence name) {
    int index = indexOf(name, 0);
    return index < 0 ? null : value(index);
  }

  @Override
  public List<String> getAll(CharSequence name) {
    int index = indexOf(name, 0);
    if (index < 0) {
      return List.of();
    }
    List<String> values = new ArrayList<>(2);
    do {
      values.add(value(index));
      index = indexOf(name, index + 1);
    } while (index >= 0);
    return values;
  }

  @Override
  public boolean contains(CharSequence name) {
    return indexOf(name, 0) >= 0;
  }

  @Override
  public int size() {
    return this.fieldCount;
  }

  @Override
  public void forEach(BiConsumer<String, String> action) {
    for (int i = 0; i < this.fieldCount; i++) {
      action.accept(name(i), value(i));
    }
  }

  /**
   * Index of the first field line at or after {@code from} whose name equals {@code name} ignoring
   * ASCII case, or -1. Compares the stored bytes: no allocation.
   */
  public int indexOf(CharSequence name, int from) {
    int length = name.length();
    int[] fields = this.fields;
    for (int i = from; i < this.fieldCount; i++) {
      int slot = i * Http1HeadParser.FIELD_STRIDE;
      if (fields[slot + 1] == length && Http1Chars.equalsIgnoreCase(this.head, fields[slot], length, name)) {
        return i;
      }
    }
    return -1;
  }

  /** The name of the field line at {@code index}, as sent. */
  public String name(int index) {
    int slot = slot(index);
    return this.head.toString(this.fields[slot], this.fields[slot + 1], StandardCharsets.US_ASCII);
  }

  /** The value of the field line at {@code index}, without surrounding OWS, bytes as ISO-8859-1. */
  public String value(int index) {
    int slot = slot(index);
    int start = this.fields[slot + 2];
    return this.head.toString(start, this.fields[slot + 3] - start, StandardCharsets.ISO_8859_1);
  }

  private int slot(int index) {
    if (index < 0 || index >= this.fieldCount) {
      throw new IndexOutOfBoundsException("field index " + index + " of " + this.fieldCount);
    }
    return index * Http1HeadParser.FIELD_STRIDE;
  }

  // ---- RequestBody

  @Override
  public int length() {
    return this.content.readableBytes();
  }

  @Override
  public int copyTo(byte[] target) {
    int length = this.content.readableBytes();
    this.content.getBytes(this.content.readerIndex(), target, 0, length);
    return length;
  }

  @Override
  public byte[] toByteArray() {
    return ByteBufUtil.getBytes(this.content);
  }

  @Override
  public String toString(Charset charset) {
    return this.content.toString(charset);
  }

  @Override
  public InputStream asInputStream() {
    return new ByteBufInputStream(this.content.duplicate(), false);
  }

  // ---- ReferenceCounted

  @Override
  public Http1Request touch(Object hint) {
    this.head.touch(hint);
    this.content.touch(hint);
    return this;
  }

  @Override
  public Http1Request retain() {
    super.retain();
    return this;
  }

  @Override
  public Http1Request retain(int increment) {
    super.retain(increment);
    return this;
  }

  @Override
  public Http1Request touch() {
    super.touch();
    return this;
  }

  @Override
  protected void deallocate() {
    this.head.release();
    this.content.release();
  }

  /** Method and target only: header values are not logged by default. */
  @Override
  public String toString() {
    return "Http1Request[" + this.method + " " + uri() + " " + this.version.text() + ", " + this.fieldCount
        + " fields, " + this.content.readableBytes() + " body bytes]";
  }
}
