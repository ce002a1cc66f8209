package dev.fastpath.bench.dispatch;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.RequestBody;
import dev.fastpath.http.RequestHeaders;
import dev.fastpath.routing.RouteMatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A Fastpath request/response pair in memory, standing in for the engine's: the request reads its path
 * variables from the router's {@link RouteMatch}, the response keeps the last body it was sent and its header
 * lines (in a fixed array, without allocating). Public for the JSON write benchmark, which drives {@code BodyWriter}
 * with it.
 */
public final class InMemoryExchange implements HttpRequest, RequestHeaders, RequestBody, HttpResponse {

  private final HttpMethod method;
  private final String path;
  private final String[] headers;
  private final byte[] body;
  private final RouteMatch match;
  private int status = 200;
  private byte @Nullable [] sent;
  // Response header lines as name/value pairs in a fixed array: recorded like the engine's, without allocating.
  private final CharSequence[] responseHeaders = new CharSequence[32];
  private int responseHeaderCount;

  public InMemoryExchange(HttpMethod method, String path, String[] headers, byte[] body, RouteMatch match) {
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
    this.match = match;
  }

  /** Readies the exchange for another request. */
  public void reset() {
    this.status = 200;
    this.sent = null;
    this.responseHeaderCount = 0;
  }

  public byte @Nullable [] sent() {
    return this.sent;
  }

  @Override
  public HttpMethod method() {
    return this.method;
  }

  @Override
  public HttpVersion version() {
    return HttpVersion.HTTP_1_1;
  }

  @Override
  public String uri() {
    return this.path;
  }

  @Override
  public String path() {
    return this.path;
  }

  @Override
  public @Nullable String rawQuery() {
    return null;
  }

  @Override
  public Map<String, List<String>> queryParameters() {
    return Map.of();
  }

  @Override
  public RequestHeaders headers() {
    return this;
  }

  @Override
  public @Nullable String routeTemplate() {
    return this.match.template();
  }

  @Override
  public @Nullable String pathVariable(String name) {
    return this.match.variableValue(name);
  }

  @Override
  public Map<String, String> pathVariables() {
    return this.match.variables();
  }

  @Override
  public int pathVariableCount() {
    return this.match.variableCount();
  }

  @Override
  public String pathVariable(int index) {
    return this.match.variableValue(index);
  }

  @Override
  public RequestBody body() {
    return this;
  }

  @Override
  public @Nullable SocketAddress remoteAddress() {
    return null;
  }

  @Override
  public @Nullable SocketAddress localAddress() {
    return null;
  }

  @Override
  public @Nullable String get(CharSequence name) {
    for (int i = 0; i < this.headers.length; i += 2) {
      if (this.headers[i].contentEquals(name) || this.headers[i].equalsIgnoreCase(name.toString())) {
        return this.headers[i + 1];
      }
    }
    return null;
  }

  @Override
  public List<String> getAll(CharSequence name) {
    String value = get(name);
    return value != null ? List.of(value) : List.of();
  }

  @Override
  public int size() {
    return this.headers.length / 2;
  }

  @Override
  public void forEach(BiConsumer<String, String> action) {
    for (int i = 0; i < this.headers.length; i += 2) {
      action.accept(this.headers[i], this.headers[i + 1]);
    }
  }

  @Override
  public int length() {
    return this.body.length;
  }

  @Override
  public int copyTo(byte[] target) {
    System.arraycopy(this.body, 0, target, 0, this.body.length);
    return this.body.length;
  }

  @Override
  public byte[] toByteArray() {
    return this.body.clone();
  }

  @Override
  public String toString(Charset charset) {
    return new String(this.body, charset);
  }

  @Override
  public InputStream asInputStream() {
    return new ByteArrayInputStream(this.body);
  }

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
    if (this.responseHeaderCount + 2 > this.responseHeaders.length) {
      throw new IllegalStateException("More than " + this.responseHeaders.length / 2 + " response header lines");
    }
    this.responseHeaders[this.responseHeaderCount++] = name;
    this.responseHeaders[this.responseHeaderCount++] = value;
    return this;
  }

  @Override
  public HttpResponse setHeader(CharSequence name, CharSequence value) {
    for (int i = 0; i < this.responseHeaderCount; i += 2) {
      if (name.toString().equalsIgnoreCase(this.responseHeaders[i].toString())) {
        this.responseHeaders[i + 1] = value;
        return this;
      }
    }
    return addHeader(name, value);
  }

  @Override
  public @Nullable String header(CharSequence name) {
    for (int i = 0; i < this.responseHeaderCount; i += 2) {
      if (name.toString().equalsIgnoreCase(this.responseHeaders[i].toString())) {
        return this.responseHeaders[i + 1].toString();
      }
    }
    return null;
  }

  @Override
  public boolean isCommitted() {
    return this.sent != null;
  }

  @Override
  public void send() {
    this.sent = new byte[0];
  }

  @Override
  public void send(byte[] body) {
    this.sent = body;
  }

  @Override
  public void send(CharSequence text, Charset charset) {
    this.sent = text.toString().getBytes(charset);
  }

  @Override
  public OutputStream bodyStream() {
    return new ByteArrayOutputStream() {
      @Override
      public void close() {
        InMemoryExchange.this.sent = toByteArray();
      }
    };
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
