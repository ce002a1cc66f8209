package dev.fastpath.autoconfigure.web;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The request conditions of one handler method besides its path: methods, {@code params},
 * {@code headers}, {@code consumes}, {@code produces}, combined from the class- and method-level
 * {@code @RequestMapping} as Spring combines them and matched as Spring's {@code *RequestCondition}s
 * match ({@code Content-Type}/{@code Accept} in {@code headers} become consumes/produces; negated
 * media types; a request without body satisfies {@code consumes} when the body is optional).
 *
 * @since 0.1
 */
record MappingConditions(Set<RequestMethod> methods, List<NameValueCondition> params, List<NameValueCondition> headers,
    List<MediaTypeExpression> consumes, List<MediaTypeExpression> produces, boolean bodyRequired) {

  /** A {@code consumes}/{@code produces} media type, possibly negated with {@code !}. */
  record MediaTypeExpression(MediaType mediaType, boolean negated) implements Comparable<MediaTypeExpression> {

    static MediaTypeExpression parse(String expression) {
      String text = expression.trim();
      boolean negated = text.startsWith("!");
      return new MediaTypeExpression(MediaType.parseMediaType(negated ? text.substring(1) : text), negated);
    }

    @Override
    public int compareTo(MediaTypeExpression other) {
      MediaType a = this.mediaType;
      MediaType b = other.mediaType;
      if (a.isMoreSpecific(b)) {
        return -1;
      }
      if (a.isLessSpecific(b)) {
        return 1;
      }
      return 0;
    }

    boolean matchParameters(MediaType actual) {
      for (String name : this.mediaType.getParameters().keySet()) {
        String expected = this.mediaType.getParameter(name);
        String value = actual.getParameter(name);
        if (expected != null && value != null && !expected.equalsIgnoreCase(value)) {
          return false;
        }
      }
      return true;
    }
  }

  boolean hasConditions() {
    return !this.params.isEmpty() || !this.headers.isEmpty() || !this.consumes.isEmpty() || !this.produces.isEmpty();
  }

  boolean matchesMethod(dev.fastpath.http.HttpMethod method) {
    if (this.methods.isEmpty()) {
      return method != dev.fastpath.http.HttpMethod.OPTIONS;
    }
    RequestMethod requested = RequestMethod.resolve(method.name());
    return requested != null && (this.methods.contains(requested)
        || (requested == RequestMethod.HEAD && this.methods.contains(RequestMethod.GET)));
  }

  boolean matchesParams(WebExchange exchange) {
    for (NameValueCondition condition : this.params) {
      if (!condition.matches(exchange)) {
        return false;
      }
    }
    return true;
  }

  boolean matchesHeaders(WebExchange exchange) {
    for (NameValueCondition condition : this.headers) {
      if (!condition.matches(exchange)) {
        return false;
      }
    }
    return true;
  }

  boolean matchesConsumes(WebExchange exchange) {
    if (this.consumes.isEmpty()) {
      return true;
    }
    if (!this.bodyRequired && exchange.header("Content-Length") == null && exchange.header("Transfer-Encoding") == null) {
      return true;
    }
    MediaType contentType = contentType(exchange);
    if (contentType == null) {
      return false;
    }
    for (MediaTypeExpression expression : this.consumes) {
      boolean match = expression.mediaType().includes(contentType) && expression.matchParameters(contentType);
      if (match != expression.negated()) {
        return true;
      }
    }
    return false;
  }

  static @Nullable MediaType contentType(WebExchange exchange) {
    String header = exchange.header("Content-Type");
    try {
      return header == null || header.isEmpty() ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(header);
    } catch (InvalidMediaTypeException ex) {
      return null;
    }
  }

  boolean matchesProduces(WebExchange exchange) {
    if (this.produces.isEmpty()) {
      return true;
    }
    List<MediaType> acceptable;
    try {
      acceptable = exchange.acceptableMediaTypes();
    } catch (HttpMediaTypeNotAcceptableException ex) {
      return false;
    }
    for (MediaTypeExpression expression : this.produces) {
      boolean match = false;
      for (MediaType accepted : acceptable) {
        if (expression.mediaType().isCompatibleWith(accepted) && expression.matchParameters(accepted)) {
          match = true;
          break;
        }
      }
      if (match != expression.negated()) {
        return true;
      }
    }
    return false;
  }

  /** The non-negated {@code produces} types (Spring's {@code PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE}). */
  Set<MediaType> producibleTypes() {
    Set<MediaType> types = new LinkedHashSet<>();
    for (MediaTypeExpression expression : this.produces) {
      if (!expression.negated()) {
        types.add(expression.mediaType());
      }
    }
    return types;
  }

  Set<MediaType> consumableTypes() {
    Set<MediaType> types = new LinkedHashSet<>();
    for (MediaTypeExpression expression : this.consumes) {
      if (!expression.negated()) {
        types.add(expression.mediaType());
      }
    }
    return types;
  }

  String[] paramExpressions() {
    List<String> expressions = new ArrayList<>();
    for (NameValueCondition condition : this.params) {
      expressions.add(condition.toString());
    }
    return expressions.toArray(String[]::new);
  }
}
