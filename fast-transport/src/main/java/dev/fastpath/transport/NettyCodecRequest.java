package dev.fastpath.transport;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.RequestBody;
import dev.fastpath.http.RequestHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AbstractReferenceCounted;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * TEMPORARY: presents Netty's aggregated request with the accessors of our codec's request, until the
 * codec lands; then the connection handler takes {@code Http1Request} directly and this class goes.
 */
final class NettyCodecRequest extends AbstractReferenceCounted implements RequestHeaders, RequestBody {

  private final FullHttpRequest message;
  private final HttpMethod method;
  private final String path;
  private final byte[] pathBytes;
  private final @Nullable String rawQuery;

  NettyCodecRequest(FullHttpRequest message, HttpMethod method) {
    this.message = message;
    this.method = method;
    String uri = message.uri();
    int query = uri.indexOf('?');
    this.path = query < 0 ? uri : uri.substring(0, query);
    this.rawQuery = query < 0 ? null : uri.substring(query + 1);
    this.pathBytes = this.path.getBytes(StandardCharsets.US_ASCII);
  }

  HttpMethod method() {
    return this.method;
  }

  HttpVersion version() {
    return this.message.protocolVersion().minorVersion() == 0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
  }

  String uri() {
    return this.message.uri();
  }

  String path() {
    return this.path;
  }

  byte[] pathBytes() {
    return this.pathBytes;
  }

  int pathStart() {
    return 0;
  }

  int pathLength() {
    return this.pathBytes.length;
  }

  @Nullable String rawQuery() {
    return this.rawQuery;
  }

  boolean keepAlive() {
    return HttpUtil.isKeepAlive(this.message);
  }

  ByteBuf content() {
    return this.message.content();
  }

  @Override
  public @Nullable String get(CharSequence name) {
    return this.message.headers().get(name);
  }

  @Override
  public List<String> getAll(CharSequence name) {
    return this.message.headers().getAll(name);
  }

  @Override
  public int size() {
    return this.message.headers().size();
  }

  @Override
  public void forEach(BiConsumer<String, String> action) {
    this.message.headers().forEach(e -> action.accept(e.getKey(), e.getValue()));
  }

  @Override
  public int length() {
    return content().readableBytes();
  }

  @Override
  public int copyTo(byte[] target) {
    int length = content().readableBytes();
    content().getBytes(content().readerIndex(), target, 0, length);
    return length;
  }

  @Override
  public byte[] toByteArray() {
    return ByteBufUtil.getBytes(content());
  }

  @Override
  public String toString(Charset charset) {
    return content().toString(charset);
  }

  @Override
  public InputStream asInputStream() {
    return new ByteBufInputStream(content().duplicate(), false);
  }

  @Override
  public NettyCodecRequest touch(Object hint) {
    this.message.touch(hint);
    return this;
  }

  @Override
  protected void deallocate() {
    this.message.release();
  }
}
