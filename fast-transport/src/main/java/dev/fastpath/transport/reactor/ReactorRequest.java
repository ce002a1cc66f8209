package dev.fastpath.transport.reactor;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.RequestBody;
import dev.fastpath.http.RequestHeaders;
import dev.fastpath.routing.RouteMatch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.InputStream;
import java.net.SocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.server.HttpServerRequest;

/**
 * The {@link HttpRequest} a handler sees on the Reactor Netty engine: Reactor Netty's request, the
 * aggregated body (owned by the caller of {@link ReactorExchange#serve}) and the route match.
 */
final class ReactorRequest implements HttpRequest, RequestHeaders, RequestBody {

  private final ReactorExchange exchange;
  private final HttpMethod method;
  private final HttpServerRequest request;
  private final ByteBuf body;
  private @Nullable Map<String, List<String>> queryParameters;

  ReactorRequest(ReactorExchange exchange, HttpMethod method, HttpServerRequest request, ByteBuf body) {
    this.exchange = exchange;
    this.method = method;
    this.request = request;
    this.body = body;
  }


  @Override
  public HttpMethod method() {
    return this.method;
  }

  @Override
  public HttpVersion version() {
    return this.request.version().minorVersion() == 0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
  }

  @Override
  public String uri() {
    return this.request.uri();
  }

  @Override
  public String path() {
    String uri = this.request.uri();
    int start = 0;
    if (!uri.startsWith("/") && uri.contains("://")) {
      int slash = uri.indexOf('/', uri.indexOf("://") + 3);
      if (slash < 0) {
        return "/";
      }
      start = slash;
    }
    int query = uri.indexOf('?', start);
    return uri.substring(start, query < 0 ? uri.length() : query);
  }

  @Override
  public @Nullable String rawQuery() {
    String uri = this.request.uri();
    int query = uri.indexOf('?');
    return query < 0 ? null : uri.substring(query + 1);
  }

  @Override
  public Map<String, List<String>> queryParameters() {
    Map<String, List<String>> parameters = this.queryParameters;
    if (parameters == null) {
      String query = rawQuery();
      parameters = query == null || query.isEmpty()
          ? Map.of()
          : new QueryStringDecoder(query, StandardCharsets.UTF_8, false).parameters();
      this.queryParameters = parameters;
    }
    return parameters;
  }

  @Override
  public RequestHeaders headers() {
    return this;
  }

  @Override
  public @Nullable String routeTemplate() {
    return this.exchange.routeTemplate();
  }

  @Override
  public @Nullable String pathVariable(String name) {
    RouteMatch found = this.exchange.match();
    return found != null && this.exchange.route() != null ? found.variableValue(name) : null;
  }

  @Override
  public Map<String, String> pathVariables() {
    RouteMatch found = this.exchange.match();
    return found != null && this.exchange.route() != null ? found.variables() : Map.of();
  }

  @Override
  public int pathVariableCount() {
    RouteMatch found = this.exchange.match();
    return found != null && this.exchange.route() != null ? found.variableCount() : 0;
  }

  @Override
  public String pathVariable(int index) {
    if (index < 0 || index >= pathVariableCount()) {
      throw new IndexOutOfBoundsException("path variable " + index + " of " + pathVariableCount());
    }
    RouteMatch found = this.exchange.match();
    assert found != null;
    return found.variableValue(index);
  }

  @Override
  public RequestBody body() {
    return this;
  }

  @Override
  public @Nullable SocketAddress remoteAddress() {
    return this.request.connectionRemoteAddress();
  }

  @Override
  public @Nullable SocketAddress localAddress() {
    return this.request.connectionHostAddress();
  }

  // ---- RequestHeaders

  @Override
  public @Nullable String get(CharSequence name) {
    return this.request.requestHeaders().get(name);
  }

  @Override
  public List<String> getAll(CharSequence name) {
    return this.request.requestHeaders().getAll(name);
  }

  @Override
  public int size() {
    return this.request.requestHeaders().size();
  }

  @Override
  public void forEach(BiConsumer<String, String> action) {
    for (Map.Entry<String, String> field : this.request.requestHeaders()) {
      action.accept(field.getKey(), field.getValue());
    }
  }

  // ---- RequestBody

  @Override
  public int length() {
    return this.body.readableBytes();
  }

  @Override
  public int copyTo(byte[] target) {
    int length = this.body.readableBytes();
    this.body.getBytes(this.body.readerIndex(), target, 0, length);
    return length;
  }

  @Override
  public byte[] toByteArray() {
    return ByteBufUtil.getBytes(this.body);
  }

  @Override
  public String toString(Charset charset) {
    return this.body.toString(charset);
  }

  @Override
  public InputStream asInputStream() {
    return new ByteBufInputStream(this.body.duplicate(), false);
  }
}
