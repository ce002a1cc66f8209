package dev.fastpath.transport;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.RequestBody;
import dev.fastpath.http.RequestHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link HttpRequest} a handler sees: a view over the decoded request and its route match, owned by
 * one {@link Http1Exchange} and reused for the connection's later requests. Strings are made only when a
 * handler asks, and kept until the exchange is recycled.
 */
final class ServerRequest implements HttpRequest {

  private final Http1Exchange exchange;
  private @Nullable Map<String, List<String>> queryParameters;
  private @Nullable Map<String, String> pathVariables;

  ServerRequest(Http1Exchange exchange) {
    this.exchange = exchange;
  }

  void reset() {
    this.queryParameters = null;
    this.pathVariables = null;
  }

  @Override
  public HttpMethod method() {
    return this.exchange.method;
  }

  @Override
  public HttpVersion version() {
    return this.exchange.message().version();
  }

  @Override
  public String uri() {
    return this.exchange.message().uri();
  }

  @Override
  public String path() {
    return this.exchange.message().path();
  }

  @Override
  public @Nullable String rawQuery() {
    return this.exchange.message().rawQuery();
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
    return this.exchange.message();
  }

  @Override
  public @Nullable String routeTemplate() {
    return this.exchange.routeTemplate();
  }

  @Override
  public @Nullable String pathVariable(String name) {
    return this.exchange.route() != null ? this.exchange.match.variableValue(name) : null;
  }

  @Override
  public Map<String, String> pathVariables() {
    Map<String, String> variables = this.pathVariables;
    if (variables == null) {
      variables = this.exchange.route() != null ? this.exchange.match.variables() : Map.of();
      this.pathVariables = variables;
    }
    return variables;
  }

  @Override
  public int pathVariableCount() {
    return this.exchange.route() != null ? this.exchange.match.variableCount() : 0;
  }

  @Override
  public String pathVariable(int index) {
    if (index < 0 || index >= pathVariableCount()) {
      throw new IndexOutOfBoundsException("path variable " + index + " of " + pathVariableCount());
    }
    return this.exchange.match.variableValue(index);
  }

  @Override
  public RequestBody body() {
    return this.exchange.message();
  }

  @Override
  public @Nullable SocketAddress remoteAddress() {
    return this.exchange.connection.channel().remoteAddress();
  }

  @Override
  public @Nullable SocketAddress localAddress() {
    return this.exchange.connection.channel().localAddress();
  }

  @Override
  public String toString() {
    return method() + " " + uri();
  }
}
