package dev.fastpath.autoconfigure.web.bind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The map-typed resolvers of Spring MVC: {@code @PathVariable Map}, {@code @RequestParam Map} /
 * {@code MultiValueMap}, {@code @RequestHeader Map} / {@code MultiValueMap} / {@code HttpHeaders}. A plain
 * {@code Map} holds the first value of each name.
 */
final class MapResolvers {

  private MapResolvers() {}

  static ArgumentResolver pathVariables() {
    return exchange -> new LinkedHashMap<>(exchange.request().pathVariables());
  }

  static ArgumentResolver requestParameters(boolean multiValue) {
    if (multiValue) {
      return exchange -> new LinkedMultiValueMap<>(exchange.parameters());
    }
    return exchange -> firstValues(exchange.parameters());
  }

  static ArgumentResolver requestHeaders(Class<?> type) {
    if (HttpHeaders.class.isAssignableFrom(type)) {
      return exchange -> {
        HttpHeaders headers = new HttpHeaders();
        exchange.request().headers().forEach(headers::add);
        return headers;
      };
    }
    if (MultiValueMap.class.isAssignableFrom(type)) {
      return exchange -> {
        MultiValueMap<String, String> headers = new LinkedMultiValueMap<>();
        exchange.request().headers().forEach(headers::add);
        return headers;
      };
    }
    return exchange -> {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.request().headers().forEach(headers::putIfAbsent);
      return headers;
    };
  }

  private static Map<String, String> firstValues(MultiValueMap<String, String> values) {
    Map<String, String> first = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      if (!entry.getValue().isEmpty()) {
        first.put(entry.getKey(), entry.getValue().get(0));
      }
    }
    return first;
  }
}
