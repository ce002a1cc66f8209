package dev.fastpath.autoconfigure.metrics;

import dev.fastpath.autoconfigure.FastpathValidationListener;
import dev.fastpath.http.HttpMethod;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts {@code fastpath.validation.failures} by route ({@code method}, {@code uri} = template). */
public final class FastpathValidationMetrics implements FastpathValidationListener {

  private final MeterRegistry registry;
  private final Map<RouteKey, Counter> counters = new ConcurrentHashMap<>();

  public FastpathValidationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void validationFailed(HttpMethod method, String routeTemplate, int violations) {
    RouteKey key = new RouteKey(method, routeTemplate);
    Counter counter = this.counters.get(key);
    if (counter == null) {
      counter = this.counters.computeIfAbsent(key, k -> Counter.builder("fastpath.validation.failures")
          .description("Request bodies rejected by their route's validator")
          .tag("method", k.method().name())
          .tag("uri", HttpServerRequestsTags.uri(k.template(), 400))
          .register(this.registry));
    }
    counter.increment();
  }

  private record RouteKey(HttpMethod method, String template) {}
}
