package dev.fastpath.autoconfigure.web.exchange;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * One request/response pair as the compiled controller code sees it. Spring-typed views (headers,
 * {@code Accept}, cookies, form parameters) are parsed on first use and kept for the rest of the
 * exchange, so a route that needs none of them pays for none. Not thread-safe: an exchange is handled
 * by one thread at a time (the handler's, then the thread that completes an asynchronous result).
 *
 * @since 0.1
 */
public final class WebExchange {

  private static final List<MediaType> ALL = List.of(MediaType.ALL);

  private final HttpRequest request;
  private final HttpResponse response;
  private @Nullable HttpHeaders headers;
  private @Nullable List<MediaType> acceptable;
  private @Nullable MultiValueMap<String, String> parameters;
  private @Nullable Map<String, String> cookies;
  private @Nullable Set<MediaType> producibleTypes;
  private @Nullable Object handler;
  private @Nullable BiConsumer<WebExchange, Throwable> failureHandler;

  public WebExchange(HttpRequest request, HttpResponse response) {
    this.request = request;
    this.response = response;
  }

  public HttpRequest request() {
    return this.request;
  }

  public HttpResponse response() {
    return this.response;
  }

  public HttpMethod method() {
    return this.request.method();
  }

  /** The request path, still percent-encoded (Servlet's {@code getRequestURI()}). */
  public String path() {
    return this.request.path();
  }

  /** The request headers as Spring's read-only {@link HttpHeaders}. */
  public HttpHeaders headers() {
    if (this.headers == null) {
      HttpHeaders copy = new HttpHeaders();
      this.request.headers().forEach(copy::add);
      this.headers = HttpHeaders.readOnlyHttpHeaders(copy);
    }
    return this.headers;
  }

  /** The first value of a request header, or {@code null}. */
  public @Nullable String header(String name) {
    return this.request.headers().get(name);
  }

  /**
   * The acceptable media types, most specific first, as Spring's {@code HeaderContentNegotiationStrategy}
   * reads them ({@code *}{@code /*} when the request has no {@code Accept}).
   *
   * @throws HttpMediaTypeNotAcceptableException if the header cannot be parsed
   */
  public List<MediaType> acceptableMediaTypes() throws HttpMediaTypeNotAcceptableException {
    if (this.acceptable == null) {
      List<String> values = this.request.headers().getAll("Accept");
      if (values.isEmpty()) {
        this.acceptable = ALL;
      } else {
        try {
          List<MediaType> types = MediaType.parseMediaTypes(values);
          MimeTypeUtils.sortBySpecificity(types);
          this.acceptable = types.isEmpty() ? ALL : types;
        } catch (InvalidMediaTypeException | InvalidMimeTypeException ex) {
          throw new HttpMediaTypeNotAcceptableException(
              "Could not parse 'Accept' header " + values + ": " + ex.getMessage());
        }
      }
    }
    return this.acceptable;
  }

  /**
   * The request parameters as a Servlet container exposes them: query parameters, then the fields of
   * an {@code application/x-www-form-urlencoded} body (Tomcat parses POST bodies, Boot's
   * {@code FormContentFilter} PUT, PATCH and DELETE bodies).
   */
  public MultiValueMap<String, String> parameters() {
    if (this.parameters == null) {
      MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
      this.request.queryParameters().forEach((name, values) -> all.addAll(name, values));
      if (hasFormBody()) {
        parseForm(this.request.body().toString(StandardCharsets.UTF_8), all);
      }
      this.parameters = all;
    }
    return this.parameters;
  }

  /** The values of one request parameter, or {@code null} when absent. */
  public @Nullable List<String> parameterValues(String name) {
    if (this.parameters == null && !hasFormBody()) {
      return this.request.queryParameters().get(name);
    }
    return parameters().get(name);
  }

  private boolean hasFormBody() {
    HttpMethod method = this.request.method();
    if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH
        && method != HttpMethod.DELETE) {
      return false;
    }
    String type = this.request.headers().get("Content-Type");
    return type != null && type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
        && this.request.body().length() > 0;
  }

  private static void parseForm(String body, MultiValueMap<String, String> into) {
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        into.add(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException ex) {
        // Tomcat skips a parameter it cannot decode and keeps the others.
      }
    }
  }

  /** The value of the first cookie with this name (RFC 6265 §5.4 {@code Cookie} header), or {@code null}. */
  public @Nullable String cookie(String name) {
    if (this.cookies == null) {
      Map<String, String> parsed = new LinkedHashMap<>();
      for (String line : this.request.headers().getAll("Cookie")) {
        for (String pair : line.split(";")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            String cookieName = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
              value = value.substring(1, value.length() - 1);
            }
            parsed.putIfAbsent(cookieName, value);
          }
        }
      }
      this.cookies = parsed;
    }
    return this.cookies.get(name);
  }

  /**
   * The media types the selected mapping declares in {@code produces}, or {@code null} when it declares
   * none (Spring's {@code PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE}).
   */
  public @Nullable Set<MediaType> producibleTypes() {
    return this.producibleTypes;
  }

  public void producibleTypes(@Nullable Set<MediaType> types) {
    this.producibleTypes = types;
  }

  /** The compiled handler method that serves this exchange, once one was selected. */
  public @Nullable Object handler() {
    return this.handler;
  }

  public void handler(@Nullable Object handler) {
    this.handler = handler;
  }

  /**
   * Where a writer reports a failure that happens after the handler returned (a failed
   * {@code CompletionStage} or {@code Mono}): the dispatcher resolves it as if the handler had thrown it.
   */
  public void onFailure(BiConsumer<WebExchange, Throwable> handler) {
    this.failureHandler = handler;
  }

  public void fail(Throwable failure) {
    BiConsumer<WebExchange, Throwable> handler = this.failureHandler;
    if (handler == null) {
      throw new IllegalStateException("No failure handler for " + this.request.method() + " " + path(), failure);
    }
    handler.accept(this, failure);
  }

  /** Copies the given headers onto the response, adding to what is there. */
  public void addResponseHeaders(HttpHeaders headers) {
    headers.forEach((name, values) -> {
      for (String value : values) {
        this.response.addHeader(name, value);
      }
    });
  }
}
