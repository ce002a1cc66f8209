package dev.fastpath.autoconfigure.web;

import dev.fastpath.autoconfigure.web.error.ExceptionHandling;
import dev.fastpath.autoconfigure.web.error.NoRouteFoundException;
import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.autoconfigure.web.invoke.CompiledMethod;
import dev.fastpath.http.HttpHandler;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The handler of one route (one method and path template). Usually one handler method stands behind a
 * route and is invoked straight away; when several share it and differ by {@code params},
 * {@code headers}, {@code consumes} or {@code produces}, the best match is chosen by Spring's
 * {@code RequestMappingInfo} order, and when none matches the request fails as Spring's
 * {@code handleNoMatch} fails it (415, 406, 400, else 404).
 *
 * @since 0.1
 */
final class RouteHandler implements HttpHandler {

  private final HandlerMapping[] candidates;
  /** Each candidate's {@code produces} types (or {@code null}), computed once: set on every exchange. */
  private final @Nullable Set<MediaType>[] producible;
  private final ExceptionHandling exceptions;
  private final boolean direct;
  /** Bound once so that registering it on an exchange allocates nothing. */
  private final BiConsumer<WebExchange, Throwable> failureHandler = this::failed;

  @SuppressWarnings("unchecked")
  RouteHandler(List<HandlerMapping> candidates, ExceptionHandling exceptions) {
    this.candidates = candidates.toArray(HandlerMapping[]::new);
    this.producible = new Set[this.candidates.length];
    for (int i = 0; i < this.candidates.length; i++) {
      Set<MediaType> types = this.candidates[i].conditions().producibleTypes();
      this.producible[i] = types.isEmpty() ? null : Set.copyOf(types);
    }
    this.exceptions = exceptions;
    this.direct = this.candidates.length == 1 && !this.candidates[0].conditions().hasConditions();
  }

  @Override
  public void handle(HttpRequest request, HttpResponse response) {
    WebExchange exchange = new WebExchange(request, response);
    exchange.onFailure(this.failureHandler);
    int selected;
    try {
      selected = this.direct ? 0 : select(exchange);
    } catch (Exception ex) {
      this.exceptions.handle(exchange, null, ex);
      return;
    }
    CompiledMethod method = this.candidates[selected].method();
    exchange.handler(method);
    exchange.producibleTypes(this.producible[selected]);
    try {
      method.invoke(exchange);
    } catch (Throwable ex) {
      this.exceptions.handle(exchange, method, ex);
    }
  }

  private void failed(WebExchange exchange, Throwable failure) {
    this.exceptions.handle(exchange, (CompiledMethod) exchange.handler(), failure);
  }

  /** The index of the best matching candidate. */
  private int select(WebExchange exchange) throws Exception {
    int best = -1;
    for (int i = 0; i < this.candidates.length; i++) {
      MappingConditions conditions = this.candidates[i].conditions();
      if (conditions.matchesMethod(exchange.method()) && conditions.matchesParams(exchange)
          && conditions.matchesHeaders(exchange) && conditions.matchesConsumes(exchange)
          && conditions.matchesProduces(exchange)) {
        if (best < 0 || compare(conditions, this.candidates[best].conditions(), exchange) < 0) {
          best = i;
        }
      }
    }
    if (best >= 0) {
      return best;
    }
    throw noMatch(exchange);
  }

  /** Spring's {@code handleNoMatch} over this route's candidates (they all match the method already). */
  private Exception noMatch(WebExchange exchange) {
    List<MappingConditions> consumesMatch = new ArrayList<>();
    Set<MediaType> consumable = new LinkedHashSet<>();
    for (HandlerMapping candidate : this.candidates) {
      MappingConditions conditions = candidate.conditions();
      if (!conditions.matchesMethod(exchange.method())) {
        continue;
      }
      consumable.addAll(conditions.consumableTypes());
      if (conditions.matchesConsumes(exchange)) {
        consumesMatch.add(conditions);
      }
    }
    if (consumesMatch.isEmpty()) {
      return unsupportedMediaType(exchange, consumable);
    }
    List<MappingConditions> producesMatch = new ArrayList<>();
    Set<MediaType> producible = new LinkedHashSet<>();
    for (MappingConditions conditions : consumesMatch) {
      producible.addAll(conditions.producibleTypes());
      if (conditions.matchesProduces(exchange)) {
        producesMatch.add(conditions);
      }
    }
    if (producesMatch.isEmpty()) {
      return new HttpMediaTypeNotAcceptableException(new ArrayList<>(producible));
    }
    List<String[]> paramConditions = new ArrayList<>();
    boolean paramsMatch = false;
    for (MappingConditions conditions : producesMatch) {
      if (!conditions.params().isEmpty()) {
        paramConditions.add(conditions.paramExpressions());
      }
      paramsMatch |= conditions.matchesParams(exchange);
    }
    if (!paramsMatch) {
      Map<String, String[]> actual = new LinkedHashMap<>();
      exchange.parameters().forEach((name, values) -> actual.put(name, values.toArray(String[]::new)));
      return new UnsatisfiedServletRequestParameterException(paramConditions, actual);
    }
    String path = exchange.path();
    return NoRouteFoundException.forPath(path);
  }

  private static Exception unsupportedMediaType(WebExchange exchange, Set<MediaType> consumable) {
    String header = exchange.header("Content-Type");
    MediaType contentType = null;
    if (header != null && !header.isEmpty()) {
      try {
        contentType = MediaType.parseMediaType(header);
      } catch (InvalidMediaTypeException ex) {
        return new HttpMediaTypeNotSupportedException(ex.getMessage(), new ArrayList<>(consumable));
      }
    }
    return new HttpMediaTypeNotSupportedException(contentType, new ArrayList<>(consumable),
        org.springframework.http.HttpMethod.valueOf(exchange.method().name()));
  }

  /** {@code RequestMappingInfo.compareTo} for two mappings of the same path: negative when {@code a} is better. */
  static int compare(MappingConditions a, MappingConditions b, WebExchange exchange) {
    if (exchange.method() == HttpMethod.HEAD) {
      int head = Boolean.compare(b.methods().contains(RequestMethod.HEAD), a.methods().contains(RequestMethod.HEAD));
      if (head != 0) {
        return head;
      }
    }
    int result = b.params().size() - a.params().size();
    if (result != 0) {
      return result;
    }
    result = b.headers().size() - a.headers().size();
    if (result != 0) {
      return result;
    }
    result = compareConsumes(a, b);
    if (result != 0) {
      return result;
    }
    result = compareProduces(a, b, exchange);
    if (result != 0) {
      return result;
    }
    return Boolean.compare(a.methods().isEmpty(), b.methods().isEmpty());
  }

  private static int compareConsumes(MappingConditions a, MappingConditions b) {
    if (a.consumes().isEmpty() || b.consumes().isEmpty()) {
      return Boolean.compare(a.consumes().isEmpty(), b.consumes().isEmpty());
    }
    return a.consumes().get(0).compareTo(b.consumes().get(0));
  }

  /** {@code ProducesRequestCondition.compareTo}: the first acceptable type decides, equal match before inclusion. */
  private static int compareProduces(MappingConditions a, MappingConditions b, WebExchange exchange) {
    if (a.produces().isEmpty() && b.produces().isEmpty()) {
      return 0;
    }
    List<MediaType> acceptable;
    try {
      acceptable = exchange.acceptableMediaTypes();
    } catch (HttpMediaTypeNotAcceptableException ex) {
      return 0;
    }
    List<MediaType> aTypes = comparable(a);
    List<MediaType> bTypes = comparable(b);
    for (MediaType accepted : acceptable) {
      int result = indexOf(bTypes, accepted, true) - indexOf(aTypes, accepted, true);
      if (result != 0) {
        return result;
      }
      result = indexOf(bTypes, accepted, false) - indexOf(aTypes, accepted, false);
      if (result != 0) {
        return result;
      }
    }
    return 0;
  }

  private static List<MediaType> comparable(MappingConditions conditions) {
    if (conditions.produces().isEmpty()) {
      return List.of(MediaType.ALL);
    }
    List<MediaType> types = new ArrayList<>();
    for (MappingConditions.MediaTypeExpression expression : conditions.produces()) {
      types.add(expression.mediaType());
    }
    return types;
  }

  private static int indexOf(List<MediaType> types, MediaType accepted, boolean equal) {
    for (int i = 0; i < types.size(); i++) {
      MediaType type = types.get(i);
      boolean match = equal
          ? accepted.getType().equalsIgnoreCase(type.getType()) && accepted.getSubtype().equalsIgnoreCase(type.getSubtype())
          : accepted.includes(type);
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
