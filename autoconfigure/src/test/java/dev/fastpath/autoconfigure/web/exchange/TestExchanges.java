package dev.fastpath.autoconfigure.web.exchange;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.RequestBody;
import dev.fastpath.http.RequestHeaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** In-memory requests and recording responses for unit tests of resolvers and writers. */
public final class TestExchanges {

  private TestExchanges() {}

  public static Request request(HttpMethod method, String uri) {
    return new Request(method, uri);
  }

  /** A request built field by field. */
  public static final class Request implements HttpRequest, RequestHeaders, RequestBody {

    private final HttpMethod method;
    private final String uri;
    private final List<String[]> headers = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    Request(HttpMethod method, String uri) {
      this.method = method;
      this.uri = uri;
    }

    public Request header(String name, String value) {
      this.headers.add(new String[] {name, value});
      return this;
    }

    public Request variable(String name, String value) {
      this.variables.put(name, value);
      return this;
    }

    public Request body(String text) {
      this.body = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    public WebExchange exchange(Response response) {
      return new WebExchange(this, response);
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
      return this.uri;
    }

    @Override
    public String path() {
      int query = this.uri.indexOf('?');
      return query < 0 ? this.uri : this.uri.substring(0, query);
    }

    @Override
    public @Nullable String rawQuery() {
      int query = this.uri.indexOf('?');
      return query < 0 ? null : this.uri.substring(query + 1);
    }

    @Override
    public Map<String, List<String>> queryParameters() {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      String query = rawQuery();
      if (query != null) {
        for (String pair : query.split("&")) {
          int eq = pair.indexOf('=');
          String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String value = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
          parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
      }
      return parameters;
    }

    @Override
    public RequestHeaders headers() {
      return this;
    }

    @Override
    public @Nullable String routeTemplate() {
      return null;
    }

    @Override
    public @Nullable String pathVariable(String name) {
      return this.variables.get(name);
    }

    @Override
    public Map<String, String> pathVariables() {
      return this.variables;
    }

    @Override
    public int pathVariableCount() {
      return this.variables.size();
    }

    @Override
    public String pathVariable(int index) {
      return List.copyOf(this.variables.values()).get(index);
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
      List<String> values = getAll(name);
      return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public List<String> getAll(CharSequence name) {
      List<String> values = new ArrayList<>();
      for (String[] header : this.headers) {
        if (header[0].equalsIgnoreCase(name.toString())) {
          values.add(header[1]);
        }
      }
      return values;
    }

    @Override
    public int size() {
      return this.headers.size();
    }

    @Override
    public void forEach(BiConsumer<String, String> action) {
      for (String[] header : this.headers) {
        action.accept(header[0], header[1]);
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
  }

  /** A response that records what was sent. */
  public static final class Response implements HttpResponse {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private int status = 200;
    private byte @Nullable [] sent;

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
      this.headers.computeIfAbsent(name.toString().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value.toString());
      return this;
    }

    @Override
    public HttpResponse setHeader(CharSequence name, CharSequence value) {
      this.headers.put(name.toString().toLowerCase(Locale.ROOT), new ArrayList<>(List.of(value.toString())));
      return this;
    }

    @Override
    public @Nullable String header(CharSequence name) {
      List<String> values = this.headers.get(name.toString().toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public boolean isCommitted() {
      return this.sent != null;
    }

    @Override
    public void send() {
      send(new byte[0]);
    }

    @Override
    public void send(byte[] body) {
      if (this.sent != null) {
        throw new IllegalStateException("Response already sent");
      }
      this.sent = body;
    }

    @Override
    public void send(CharSequence text, Charset charset) {
      send(text.toString().getBytes(charset));
    }

    @Override
    public OutputStream bodyStream() {
      return new ByteArrayOutputStream() {
        @Override
        public void close() {
          send(toByteArray());
        }
      };
    }

    /** The body sent, as UTF-8; fails if nothing was sent. */
    public String body() {
      if (this.sent == null) {
        throw new IllegalStateException("nothing sent");
      }
      return new String(this.sent, StandardCharsets.UTF_8);
    }
  }
}
