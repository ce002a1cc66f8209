package dev.fastpath.transport;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.RequestBody;
import dev.fastpath.http.RequestHeaders;
import dev.fastpath.routing.RouteMatch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** One request/response pair over Netty's aggregated message types (first engine version). */
final class NettyExchange {

  private final ChannelHandlerContext ctx;
  private final FullHttpRequest message;
  private final boolean keepAlive;
  private final Request request = new Request();
  private final Response response = new Response();
  private @Nullable RouteMatch match;

  NettyExchange(ChannelHandlerContext ctx, FullHttpRequest message, boolean keepAlive) {
    this.ctx = ctx;
    this.message = message;
    this.keepAlive = keepAlive;
  }

  Request request() {
    return this.request;
  }

  Response response() {
    return this.response;
  }

  final class Request implements HttpRequest, RequestHeaders, RequestBody {

    private @Nullable QueryStringDecoder query;

    void routed(RouteMatch routeMatch) {
      NettyExchange.this.match = routeMatch;
    }

    private QueryStringDecoder query() {
      if (this.query == null) {
        this.query = new QueryStringDecoder(message.uri());
      }
      return this.query;
    }

    @Override
    public HttpMethod method() {
      HttpMethod method = HttpMethod.of(message.method().name());
      return method != null ? method : HttpMethod.GET;
    }

    @Override
    public HttpVersion version() {
      return message.protocolVersion().minorVersion() == 0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
    }

    @Override
    public String uri() {
      return message.uri();
    }

    @Override
    public String path() {
      return query().rawPath();
    }

    @Override
    public @Nullable String rawQuery() {
      String raw = query().rawQuery();
      return raw.isEmpty() && !message.uri().contains("?") ? null : raw;
    }

    @Override
    public Map<String, List<String>> queryParameters() {
      return query().parameters();
    }

    @Override
    public RequestHeaders headers() {
      return this;
    }

    @Override
    public @Nullable String routeTemplate() {
      return match != null && match.route() != null ? match.route().template() : null;
    }

    @Override
    public @Nullable String pathVariable(String name) {
      return match != null ? match.variableValue(name) : null;
    }

    @Override
    public Map<String, String> pathVariables() {
      return match != null ? match.variables() : Map.of();
    }

    @Override
    public int pathVariableCount() {
      return match != null ? match.variableCount() : 0;
    }

    @Override
    public String pathVariable(int index) {
      if (match == null) {
        throw new IndexOutOfBoundsException(index);
      }
      return match.variableValue(index);
    }

    @Override
    public RequestBody body() {
      return this;
    }

    @Override
    public @Nullable SocketAddress remoteAddress() {
      return ctx.channel().remoteAddress();
    }

    @Override
    public @Nullable SocketAddress localAddress() {
      return ctx.channel().localAddress();
    }

    @Override
    public @Nullable String get(CharSequence name) {
      return message.headers().get(name);
    }

    @Override
    public List<String> getAll(CharSequence name) {
      return message.headers().getAll(name);
    }

    @Override
    public int size() {
      return message.headers().size();
    }

    @Override
    public void forEach(BiConsumer<String, String> action) {
      message.headers().forEach(e -> action.accept(e.getKey(), e.getValue()));
    }

    @Override
    public int length() {
      return message.content().readableBytes();
    }

    @Override
    public int copyTo(byte[] target) {
      ByteBuf content = message.content();
      int length = content.readableBytes();
      content.getBytes(content.readerIndex(), target, 0, length);
      return length;
    }

    @Override
    public byte[] toByteArray() {
      byte[] bytes = new byte[length()];
      copyTo(bytes);
      return bytes;
    }

    @Override
    public String toString(Charset charset) {
      return message.content().toString(charset);
    }

    @Override
    public InputStream asInputStream() {
      return new ByteBufInputStream(message.content().duplicate());
    }
  }

  final class Response implements HttpResponse {

    private final io.netty.handler.codec.http.HttpHeaders headers = new io.netty.handler.codec.http.DefaultHttpHeaders();
    private int status = 200;
    private volatile boolean committed;

    @Override
    public HttpResponse status(int status) {
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
      return this.headers.get(name);
    }

    @Override
    public boolean isCommitted() {
      return this.committed;
    }

    @Override
    public void send() {
      write(Unpooled.EMPTY_BUFFER);
    }

    @Override
    public void send(byte[] body) {
      write(Unpooled.wrappedBuffer(body));
    }

    @Override
    public void send(CharSequence text, Charset charset) {
      write(Unpooled.copiedBuffer(text, charset));
    }

    @Override
    public OutputStream bodyStream() {
      ByteBuf buffer = ctx.alloc().buffer();
      return new ByteBufOutputStream(buffer) {
        private boolean closed;

        @Override
        public void close() throws IOException {
          if (!this.closed) {
            this.closed = true;
            Response.this.write(buffer);
          }
        }
      };
    }

    private void write(ByteBuf body) {
      if (this.committed) {
        body.release();
        throw new IllegalStateException("Response already sent");
      }
      this.committed = true;
      FullHttpResponse out = new DefaultFullHttpResponse(
          io.netty.handler.codec.http.HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(this.status), body);
      out.headers().set(this.headers);
      out.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
      if (!keepAlive) {
        out.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      }
      message.release();
      var future = ctx.writeAndFlush(out);
      if (!keepAlive) {
        future.addListener(ChannelFutureListener.CLOSE);
      }
    }
  }
}
